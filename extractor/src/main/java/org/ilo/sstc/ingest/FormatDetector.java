package org.ilo.sstc.ingest;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Set;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.parser.ParseContext;
import org.ilo.sstc.error.ExtractionException;
import org.ilo.sstc.error.Failure;
import org.ilo.sstc.layout.SourceFormat;

/**
 * Tells a file's format from its content and name with Tika's default detector (content wins over
 * the name), and refuses files that carry no text. The {@link FrontDoor} calls it once per file. Thread-safe.
 */
public final class FormatDetector {

    private static final MediaType PDF = MediaType.application("pdf");
    private static final MediaType DOC = MediaType.application("msword");
    private static final Set<MediaType> DOCX = Set.of(
            MediaType.application("vnd.openxmlformats-officedocument.wordprocessingml.document"),
            MediaType.application("vnd.openxmlformats-officedocument.wordprocessingml.template"),
            MediaType.application("vnd.ms-word.document.macroenabled.12"),
            MediaType.application("vnd.ms-word.template.macroenabled.12"));
    /** Tika's name for an OOXML file wrapped in password encryption. */
    private static final MediaType OOXML_PROTECTED = MediaType.application("x-tika-ooxml-protected");
    /** Top-level types whose files Tika parses for metadata only: no running text to extract. */
    private static final Set<String> TEXTLESS_TOP_TYPES = Set.of("image", "audio", "video", "font", "model", "chemical");
    /** Archives and programs: Tika opens them, but what is inside is not one document's text. */
    private static final Set<String> TEXTLESS_APPLICATION_TYPES = Set.of(
            "zip", "x-tar", "gzip", "x-gzip", "x-bzip", "x-bzip2", "x-xz", "x-lzma", "x-lz4", "zstd", "x-compress",
            "x-7z-compressed", "x-rar-compressed", "vnd.rar", "java-archive", "x-archive", "x-cpio", "x-gtar",
            "x-iso9660-image", "x-apple-diskimage", "vnd.ms-cab-compressed", "x-executable", "x-sharedlib",
            "x-msdownload", "x-dosexec", "x-elf", "x-mach-o", "java-vm", "x-font-ttf", "x-font-otf",
            "octet-stream");

    private final Detector detector;
    private final MediaTypeRegistry registry;
    private final Set<MediaType> parsableTypes;

    /** A detector on Tika's default configuration. */
    public FormatDetector() {
        this(TikaConfig.getDefaultConfig());
    }

    /** A detector on the given Tika configuration (its detector, type registry and parsers). */
    public FormatDetector(TikaConfig config) {
        this.detector = config.getDetector();
        this.registry = config.getMediaTypeRegistry();
        this.parsableTypes = Set.copyOf(config.getParser().getSupportedTypes(new ParseContext()));
    }

    /** Tika's name for an OOXML file wrapped in password encryption, as {@link DetectedFormat#mediaType()} gives it. */
    public static final String ENCRYPTED_OOXML = OOXML_PROTECTED.toString();

    /** Detects the format of {@code file} from its content; fails when it is unreadable or has no text. */
    public DetectedFormat detect(Path file) throws ExtractionException {
        MediaType type = detectType(file).getBaseType();
        String name = type.toString();
        if (registry.isInstanceOf(type, PDF)) {
            return new DetectedFormat(SourceFormat.PDF, name);
        }
        // An encrypted .docx is an OLE2 envelope around the zip: the Word reader decrypts it with --password.
        if (DOCX.contains(type) || type.equals(OOXML_PROTECTED)) {
            return new DetectedFormat(SourceFormat.DOCX, name);
        }
        if (type.equals(DOC)) {
            return new DetectedFormat(SourceFormat.DOC, name);
        }
        if (hasText(type)) {
            return new DetectedFormat(SourceFormat.TEXT, name);
        }
        throw new ExtractionException(file, Failure.UNSUPPORTED_FORMAT, name + " carries no text to extract");
    }

    private MediaType detectType(Path file) throws ExtractionException {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, String.valueOf(file.getFileName()));
        try (TikaInputStream in = TikaInputStream.get(file, metadata)) {
            return detector.detect(in, metadata);
        } catch (NoSuchFileException e) {
            throw new ExtractionException(file, Failure.IO_ERROR, "no such file", e);
        } catch (IOException e) {
            throw new ExtractionException(file, Failure.IO_ERROR, e.getMessage(), e);
        }
    }

    /** True when a Tika parser turns the type into text: it, or a type it specialises, is parsable and not textless. */
    private boolean hasText(MediaType type) {
        for (MediaType t = type; t != null; t = registry.getSupertype(t)) {
            if (isTextless(t)) {
                return false;
            }
            if (parsableTypes.contains(t)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTextless(MediaType type) {
        return TEXTLESS_TOP_TYPES.contains(type.getType())
                || type.getType().equals("application") && TEXTLESS_APPLICATION_TYPES.contains(type.getSubtype());
    }
}
