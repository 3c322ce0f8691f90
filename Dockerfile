# TransitOpt API. Debian-based images throughout: OR-Tools' native library needs glibc (it does not run on Alpine/musl).
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/ src/
RUN dotnet publish src/TransitOpt.Api/TransitOpt.Api.csproj -c Release -r linux-x64 --self-contained false -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
COPY data/ ./data/
# Port and data folder from the environment; set ConnectionStrings__Redis (e.g. redis:6379) for the shared cache and
# Auth__ApiKeys__0 for write operations.
# Accepted plan jobs are kept under Jobs__Directory (mount a volume there) so they survive a restart.
RUN mkdir -p /var/lib/transitopt/jobs && chown "$APP_UID" /var/lib/transitopt/jobs
ENV ASPNETCORE_HTTP_PORTS=8080 \
    Data__Directory=/app/data \
    Jobs__Directory=/var/lib/transitopt/jobs
EXPOSE 8080
# The image's built-in non-root user.
USER $APP_UID
ENTRYPOINT ["dotnet", "TransitOpt.Api.dll"]
