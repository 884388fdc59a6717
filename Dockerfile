# Multi-stage image of the bot. The build stage installs every dependency and compiles the
# production build (src only: no tests or benchmark); the runtime stage gets only that output and
# the production dependencies (npm prune). Both on Debian 13 (trixie), the current stable.
# test/deploy/dockerfile.test.ts runs these same steps outside Docker and starts the result.

FROM node:24-trixie-slim AS build
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.production.json ./
COPY src ./src
COPY content ./content
COPY cards ./cards
COPY scripts ./scripts
RUN npm run build:production
RUN npm run prune:production

FROM node:24-trixie-slim AS runtime
ENV NODE_ENV=production
# Every interface, so the image needs a registration: MicrosoftAppId and MicrosoftAppType (with
# MicrosoftAppTenantId, and MicrosoftAppPassword unless UserAssignedMSI). Without one the bot would
# be anonymous and refuses to start on 0.0.0.0 (docs/production.md).
ENV HOST=0.0.0.0
ENV PORT=3978
WORKDIR /app
COPY --from=build /app/package.json /app/package-lock.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# The official image's unprivileged user; nothing in /app is writable by it.
USER node
EXPOSE 3978
HEALTHCHECK --interval=30s --timeout=5s CMD ["node", "-e", "fetch('http://127.0.0.1:'+process.env.PORT+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# The heap's bounds are the start script's (package.json): a flood of garbage costs CPU, not memory.
CMD ["node", "--max-old-space-size=512", "--max-semi-space-size=4", "dist/src/index.js"]
