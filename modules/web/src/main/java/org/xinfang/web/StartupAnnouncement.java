package org.xinfang.web;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.servlet.ServletContext;
import java.util.logging.Logger;

/** Says where the application answers once it is up, last of the start-up work. */
@ApplicationScoped
public class StartupAnnouncement {

    private static final Logger LOG = Logger.getLogger(StartupAnnouncement.class.getName());

    void onStart(@Observes @Priority(Interceptor.Priority.LIBRARY_AFTER) @Initialized(ApplicationScoped.class) ServletContext context) {
        int port = 8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0);
        String host = System.getProperty("jboss.bind.address", "localhost");
        if ("0.0.0.0".equals(host) || "127.0.0.1".equals(host)) {
            host = "localhost";
        }
        String url = "http://" + host + ":" + port + context.getContextPath() + "/";
        LOG.info(() -> "xinfang 已启动 / is up: " + url);
    }
}
