# syntax=docker/dockerfile:1
# Shortwave: `docker build -t shortwave .`, then
#   docker run -p 3000:3000 -v shortwave-data:/data shortwave
# The steps are scripts in the repository (scripts/container/), tested by `npm test`
# (test/integration/container.test.ts) on machines without a container engine.

FROM node:24-bookworm-slim AS build
# better-sqlite3 compiles its native module when no prebuilt one fits.
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN scripts/container/build.sh /app

FROM node:24-bookworm-slim
ENV HOST=0.0.0.0 \
    PORT=3000 \
    DATA_DIR=/data
WORKDIR /app
COPY --from=build /app /app
# The program is root's and read-only to the server; only /data is the server's (user node, uid 1000).
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "/app/scripts/container/healthcheck.mjs"]
# start.sh migrates, then execs the server: SIGTERM (docker stop) reaches it for a graceful stop.
ENTRYPOINT ["/app/scripts/container/start.sh"]
CMD ["--no-demo"]
