package org.xinfang.web.interfaces.security;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.util.Headers;
import io.undertow.util.Methods;
import io.undertow.util.StatusCodes;
import jakarta.servlet.ServletContext;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import org.xinfang.api.guard.FailureThrottle;

/**
 * Throttles sign-ins per client address: the login form's {@code j_security_check} and API calls with
 * Basic credentials. The server locks an account after its own count of failures (Elytron's, per
 * account); this adds the count per address, so that one address cannot try password after password
 * across many accounts. The form's check runs inside the server's authentication mechanism, before any
 * servlet filter, so this guard is an Undertow handler at the front of the deployment's chain: it
 * refuses an address past its limit before a password is checked, and counts the attempts that fail.
 *
 * <p>Registered in {@code META-INF/services/io.undertow.servlet.ServletExtension}. The limit is set by
 * the system properties {@value #MAX_PROPERTY} (30 failures) and {@value #WINDOW_PROPERTY} (15 minutes).
 * Behind a reverse proxy the listener's {@code proxy-address-forwarding} must be on, or every client
 * is the proxy's address.
 */
public class SignInGuard implements ServletExtension {

    static final String MAX_PROPERTY = "xinfang.signin.maxFailuresPerAddress";

    static final String WINDOW_PROPERTY = "xinfang.signin.windowMinutes";

    /** Where the login page reads that it must say "wait" and for how many minutes. */
    static final String LOGIN_WAIT = "/login.xhtml?error=wait&minutes=";

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
        FailureThrottle throttle = new FailureThrottle(Clock.systemUTC(), Integer.getInteger(MAX_PROPERTY, 30),
                Duration.ofMinutes(Integer.getInteger(WINDOW_PROPERTY, 15)));
        deployment.addInitialHandlerChainWrapper(next -> new Guard(next, throttle, context.getContextPath()));
    }

    /** The handler itself: pass, refuse, or pass and count a failure when the answer is one. */
    static final class Guard implements HttpHandler {

        private final HttpHandler next;

        private final FailureThrottle throttle;

        private final String contextPath;

        Guard(HttpHandler next, FailureThrottle throttle, String contextPath) {
            this.next = next;
            this.throttle = throttle;
            this.contextPath = contextPath;
        }

        @Override
        public void handleRequest(HttpServerExchange exchange) throws Exception {
            boolean form = isFormSignIn(exchange);
            if (!form && !isApiBasic(exchange)) {
                next.handleRequest(exchange);
                return;
            }
            String address = addressOf(exchange);
            if (!throttle.allows(address)) {
                refuse(exchange, form, throttle.waitFor(address));
                return;
            }
            // Counted as the answer is committed, before the client can read it: counted when the exchange
            // completes, a client's next try could be checked before its last failure was counted.
            exchange.addResponseCommitListener(answered -> {
                if (failed(answered, form)) {
                    throttle.failed(address);
                }
            });
            next.handleRequest(exchange);
        }

        private static boolean isFormSignIn(HttpServerExchange exchange) {
            return Methods.POST.equals(exchange.getRequestMethod()) && exchange.getRelativePath().endsWith("/j_security_check");
        }

        private static boolean isApiBasic(HttpServerExchange exchange) {
            String authorization = exchange.getRequestHeaders().getFirst(Headers.AUTHORIZATION);
            return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)
                    && exchange.getRelativePath().startsWith("/api/");
        }

        /**
         * A form sign-in that succeeded is redirected to the page asked for; one that failed is shown
         * the login page's error (forwarded, or redirected there). An API call whose Basic credentials
         * fail is answered 401.
         */
        private static boolean failed(HttpServerExchange exchange, boolean form) {
            int status = exchange.getStatusCode();
            if (!form) {
                return status == StatusCodes.UNAUTHORIZED;
            }
            String location = exchange.getResponseHeaders().getFirst(Headers.LOCATION);
            boolean redirected = status == StatusCodes.FOUND || status == StatusCodes.SEE_OTHER;
            return !redirected || location == null || location.contains("error=");
        }

        private void refuse(HttpServerExchange exchange, boolean form, Duration wait) {
            long minutes = Math.max(1, (wait.getSeconds() + 59) / 60);
            exchange.getResponseHeaders().put(Headers.RETRY_AFTER, Long.toString(Math.max(1, wait.getSeconds())));
            if (form) {
                exchange.setStatusCode(StatusCodes.SEE_OTHER);
                exchange.getResponseHeaders().put(Headers.LOCATION, contextPath + LOGIN_WAIT + minutes);
                exchange.endExchange();
                return;
            }
            exchange.setStatusCode(StatusCodes.TOO_MANY_REQUESTS);
            exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json;charset=UTF-8");
            String language = exchange.getRequestHeaders().getFirst(Headers.ACCEPT_LANGUAGE);
            String message = language != null && language.toLowerCase().startsWith("en")
                    ? "Too many failed sign-ins from this address; try again in " + minutes + " minute(s)."
                    : "来自本地址的登录失败次数过多，请 " + minutes + " 分钟后再试。";
            // The API's error shape (ApiError), written by hand: JAX-RS is not running yet here.
            exchange.getResponseSender().send("{\"status\":429,\"error\":\"too_many_sign_ins\",\"message\":\"" + message
                    + "\",\"fields\":[]}", StandardCharsets.UTF_8);
        }

        private static String addressOf(HttpServerExchange exchange) {
            InetSocketAddress source = exchange.getSourceAddress();
            return source == null || source.getAddress() == null ? "unknown" : source.getAddress().getHostAddress();
        }
    }
}
