// Which surface a turn's replies are shaped for: the rule is the conversation layer's
// (conversation/channel/channelActivity.ts); named here for the rooms that read it by this path.
export { isCopilot, surfaceOf } from '../../conversation/channel/channelActivity';
