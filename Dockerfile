# Pishkhan: the GraphQL API, which also serves the built admin web app at `/`.
#
#   docker build -t pishkhan .
#   docker run -p 4000:4000 -e DATABASE_URL=postgres://user:password@host:5432/pishkhan pishkhan
#
# DATABASE_URL is required: the image has no database of its own (the embedded PostgreSQL is for
# development only). The API applies pending migrations when it starts. See docker-compose.yml for
# PostgreSQL and the API together.

# The current Node LTS; development and CI run the same code on Node 20.19 or later (package.json engines).
ARG NODE_IMAGE=node:24-bookworm-slim

# ---- build: every dependency, then packages (tsc), the API (tsc) and the admin (vite) ----
FROM ${NODE_IMAGE} AS build
WORKDIR /app
# The root postinstall builds packages/* with tsc, so they and the base tsconfig come before `npm ci`.
COPY package.json package-lock.json tsconfig.base.json ./
COPY packages/ packages/
COPY apps/api/package.json apps/api/
COPY apps/admin/package.json apps/admin/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

# ---- deps: the API's production dependencies only (no dev tools, no admin libraries) ----
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
COPY apps/api/package.json apps/api/
COPY apps/admin/package.json apps/admin/
COPY packages/national-id/package.json packages/national-id/
COPY packages/domain-rules/package.json packages/domain-rules/
COPY packages/fa-format/package.json packages/fa-format/
# --ignore-scripts: the root postinstall needs TypeScript, a dev tool; packages/*/dist comes from build.
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund --workspace=@pishkhan/api \
  && npm cache clean --force

# ---- runtime ----
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    PORT=4000
WORKDIR /app
COPY --from=deps /app ./
COPY --from=build /app/packages/national-id/dist packages/national-id/dist
COPY --from=build /app/packages/domain-rules/dist packages/domain-rules/dist
COPY --from=build /app/packages/fa-format/dist packages/fa-format/dist
COPY --from=build /app/apps/api/dist apps/api/dist
# Served by the API at `/` (ADMIN_DIST defaults to /app/apps/admin/dist).
COPY --from=build /app/apps/admin/dist apps/admin/dist
# Files stay owned by root and read-only for the app; it runs as the image's unprivileged `node` user.
# Evidence files are written to their own folder (a volume in docker-compose.yml), or to S3 (FILE_STORAGE=s3).
RUN mkdir -p /var/lib/pishkhan/files && chown node:node /var/lib/pishkhan/files
ENV FILE_STORAGE_DIR=/var/lib/pishkhan/files
USER node
EXPOSE 4000
# `/health` says the process is alive; `/ready` (used by docker-compose.yml) also checks the database.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
CMD ["node", "apps/api/dist/main.js"]
