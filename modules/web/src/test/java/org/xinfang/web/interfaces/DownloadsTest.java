package org.xinfang.web.interfaces;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DownloadsTest {

    @Test
    void chineseFileNameTravelsInFilenameStarWithAnAsciiFallback() {
        assertEquals("attachment; filename=\"__.pdf\"; filename*=UTF-8''%E6%9D%A5%E4%BF%A1.pdf",
                Downloads.contentDisposition("来信.pdf"));
    }

    @Test
    void quotesSpacesAndPercentSignsCannotBreakTheHeader() {
        String header = Downloads.contentDisposition("a \"b\"%20;c.png");
        assertEquals("attachment; filename=\"a _b__20;c.png\"; filename*=UTF-8''a%20%22b%22%2520%3Bc.png", header);
        assertEquals("a \"b\"%20;c.png", URLDecoder.decode(header.substring(header.indexOf("''") + 2), StandardCharsets.UTF_8));
    }

    @Test
    void browsersNeverSniffTheStoredType() {
        assertEquals("nosniff", Downloads.headers("x.pdf", 3).get("X-Content-Type-Options"));
        assertEquals("3", Downloads.headers("x.pdf", 3).get("Content-Length"));
    }
}
