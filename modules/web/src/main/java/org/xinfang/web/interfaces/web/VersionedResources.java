package org.xinfang.web.interfaces.web;

import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ResourceWrapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32;

/**
 * Gives every script and style without a version in its address (the application's own
 * {@code css/xinfang.css} and {@code js/xinfang.js}, Faces' {@code faces.js}) one, as PrimeFaces' carry theirs: {@code v=} and a checksum of the content, so
 * that {@link CachingHeaders} can let browsers keep them for a year and a changed file has a new
 * address the moment it is deployed. Each checksum is taken once, at the first page that names the file.
 */
public class VersionedResources extends ResourceHandlerWrapper {

    private final Map<String, String> versions = new ConcurrentHashMap<>();

    public VersionedResources(ResourceHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Resource createResource(String resourceName, String libraryName) {
        Resource resource = super.createResource(resourceName, libraryName);
        return resource == null ? null : new Versioned(resource);
    }

    private final class Versioned extends ResourceWrapper {

        Versioned(Resource wrapped) {
            super(wrapped);
        }

        @Override
        public String getRequestPath() {
            String path = super.getRequestPath();
            int query = path.indexOf('?');
            if (CachingHeaders.versioned(query < 0 ? null : path.substring(query + 1))) {
                return path;
            }
            String version = versions.computeIfAbsent(getLibraryName() + "/" + getResourceName(), key -> checksum(getWrapped()));
            return path + (path.contains("?") ? "&" : "?") + "v=" + version;
        }
    }

    private static String checksum(Resource resource) {
        CRC32 crc = new CRC32();
        try (InputStream in = resource.getInputStream()) {
            byte[] buffer = new byte[8192];
            for (int read; (read = in.read(buffer)) > 0; ) {
                crc.update(buffer, 0, read);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The resource " + resource.getResourceName() + " cannot be read", e);
        }
        return Long.toHexString(crc.getValue());
    }
}
