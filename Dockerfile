# syntax=docker/dockerfile:1
# ReportBot container image: build with the .NET 10 SDK, run on the ASP.NET Core 10 runtime as a non-root user.
#   docker build -t reportbot:local .            (or: podman build -t reportbot:local .)
#   docker run --rm -p 8080:8080 reportbot:local
# Needs registries that serve mcr.microsoft.com/dotnet/* and node images, a NuGet feed and an npm registry
# (the machine's defaults; nothing is hard-coded). See deployment/README.md, "Container image".

ARG DOTNET_VERSION=10.0
ARG NODE_VERSION=22

# ---- Web Chat assets: npm packages the bot serves itself (never from a CDN) ----------------------------------
FROM node:${NODE_VERSION}-bookworm-slim AS web-assets
WORKDIR /src
COPY package.json package-lock.json .npmrc ./
# Only the runtime dependency (botframework-webchat); Azurite is a development tool.
RUN npm ci --omit=dev --no-audit --no-fund

# ---- Build --------------------------------------------------------------------------------------------------
FROM mcr.microsoft.com/dotnet/sdk:${DOTNET_VERSION} AS build
WORKDIR /src

# Restore first, from files that change rarely, so the package layer is reused between builds. nuget.config adds
# the local feed with the AdaptiveCards placeholder (eng/feed); every other package comes from the default source.
COPY nuget.config Directory.Build.props Directory.Packages.props ./
COPY eng/feed/ eng/feed/
COPY Bot/ReportBot.Bot.csproj Bot/
COPY Dialogs/ReportBot.Dialogs.csproj Dialogs/
COPY Resources/ReportBot.Resources.csproj Resources/
RUN dotnet restore Bot/ReportBot.Bot.csproj

COPY --from=web-assets /src/node_modules/ node_modules/
COPY Bot/ Bot/
COPY Dialogs/ Dialogs/
COPY Resources/ Resources/
RUN dotnet publish Bot/ReportBot.Bot.csproj -c Release --no-restore -o /app -p:UseAppHost=false

# ---- Runtime ------------------------------------------------------------------------------------------------
# The Debian-based image: it carries ICU (Korean culture data) and tzdata (Asia/Seoul), which the bot needs.
FROM mcr.microsoft.com/dotnet/aspnet:${DOTNET_VERSION} AS runtime
WORKDIR /app
COPY --from=build --chown=root:root /app ./

# The app's own default address is localhost:3978 (for a developer's machine); in a container it must listen on
# all interfaces. 8080 is unprivileged, so the non-root user can bind it.
ENV ASPNETCORE_URLS=http://+:8080 \
    DOTNET_NOLOGO=1 \
    DOTNET_CLI_TELEMETRY_OPTOUT=1
EXPOSE 8080

# APP_UID is the non-root "app" user the .NET images define. The app files stay root-owned and read-only to it.
USER $APP_UID
ENTRYPOINT ["dotnet", "ReportBot.Bot.dll"]
