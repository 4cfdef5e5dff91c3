package nl.opleidingsklimaat.platform.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Lets a person sign in from Swagger UI: where the identity provider's endpoints are configured
 * ({@code platform.sign-in.authorization-url} and {@code .token-url}, read at start, so each environment names its own),
 * the document gets an OAuth2 scheme {@value #SCHEME} with the authorization-code flow, which Swagger UI runs with PKCE
 * as the public client {@code quarkus.swagger-ui.oauth-client-id}; every operation that takes the bearer token accepts
 * that sign-in too. Without them only the bearer scheme (a pasted token) is offered.
 */
@OpenApiFilter(OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class SignInSchemeFilter implements OASFilter {
    static final String SCHEME = "sign-in";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        var config = ConfigProvider.getConfig();
        Optional<String> authorization = config.getOptionalValue("platform.sign-in.authorization-url", String.class);
        Optional<String> token = config.getOptionalValue("platform.sign-in.token-url", String.class);
        if (authorization.isEmpty() || token.isEmpty() || openAPI.getComponents() == null) {
            return;
        }
        openAPI.getComponents()
                .addSecurityScheme(
                        SCHEME,
                        OASFactory.createSecurityScheme()
                                .type(SecurityScheme.Type.OAUTH2)
                                .description("Sign in at the platform's identity provider (authorization code with"
                                        + " PKCE): every call then runs with your roles and scope.")
                                .flows(OASFactory.createOAuthFlows()
                                        .authorizationCode(OASFactory.createOAuthFlow()
                                                .authorizationUrl(authorization.get())
                                                .tokenUrl(token.get())
                                                .addScope("openid", "your identity"))));
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths()
                .getPathItems()
                .values()
                .forEach(item -> item.getOperations().values().forEach(operation -> {
                    List<SecurityRequirement> security = operation.getSecurity();
                    if (security == null || security.isEmpty()) {
                        return;
                    }
                    List<SecurityRequirement> either = new ArrayList<>(security);
                    either.add(OASFactory.createSecurityRequirement().addScheme(SCHEME, List.of()));
                    operation.setSecurity(either);
                }));
    }
}
