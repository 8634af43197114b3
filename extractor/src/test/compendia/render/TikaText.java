import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;

/**
 * Writes the text Apache Tika extracts from a file, with the default configuration, as UTF-8.
 * Run: java -cp "$(cat /tmp/cp.txt)" TikaText.java in.pdf out.txt
 */
public class TikaText {
    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: TikaText IN OUT");
            System.exit(2);
        }
        AutoDetectParser parser = new AutoDetectParser();
        BodyContentHandler handler = new BodyContentHandler(-1);
        Metadata metadata = new Metadata();
        try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
            parser.parse(in, handler, metadata, new ParseContext());
        }
        Files.writeString(Path.of(args[1]), handler.toString(), StandardCharsets.UTF_8);
    }
}
