package org.xinfang.web.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.ExternalDocumentation;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.servers.Server;

/**
 * The REST API, version 1. The server publishes its OpenAPI document at {@code /openapi}. A call signs
 * in with HTTP Basic or with a bearer token from {@code POST /api/v1/tokens}: either one will do.
 */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(info = @Info(title = "xinfang API", version = "1",
        description = "Register, read and list 信访 cases. Every call is scoped to the caller's unit subtree.",
        license = @License(name = "专有软件，保留所有权利 / Proprietary, all rights reserved", identifier = "LicenseRef-xinfang-proprietary")),
        externalDocs = @ExternalDocumentation(description = "接口使用说明：登录与令牌、错误、时间格式 / API guide: signing in and tokens, errors, times",
                url = "/xinfang/api-guide.html"),
        servers = @Server(url = "/", description = "本服务器；路径含应用根路径 /xinfang/api/v1 / This server; the paths include the context root /xinfang/api/v1"),
        securitySets = {@SecurityRequirementsSet(@SecurityRequirement(name = "basic")),
                @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))})
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "用户名和密码 / User name and password")
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "接口令牌（POST /api/v1/tokens 签发），Authorization: Bearer <令牌> / An API token issued by POST /api/v1/tokens,"
                + " sent as Authorization: Bearer <token>")
public class ApiApplication extends Application {
}
