// Which surface a turn's replies are shaped for: the rule is the conversation layer's
// (conversation/channelActivity.ts); named here for the rooms that read it by this path.
export { isCopilot, surfaceOf } from '../../conversation/channelActivity';
