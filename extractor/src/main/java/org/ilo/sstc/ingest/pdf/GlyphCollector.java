package org.ilo.sstc.ingest.pdf;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Collects the characters of every page with position, size and weight, and the lines each page
 * draws, in one pass of PDFBox's text stripper: parsing each content stream once is most of the
 * reading time. Not thread-safe: make one per document.
 */
final class GlyphCollector extends PDFTextStripper {

    private static final Pattern BOLD_NAME = Pattern.compile("bold|black|heavy|demi");
    /** Descriptor weights at or above this are bold (400 is regular, 600 semibold). */
    private static final float BOLD_WEIGHT = 600f;

    /**
     * What one page shows: its glyphs, how many were dropped because they run sideways, its rulings,
     * and why its drawing could not be read (null when it could; the rulings are then empty).
     */
    record PageMarks(List<Glyph> glyphs, int sidewaysCount, List<Ruling> rulings, String drawingFailure) {
        PageMarks {
            glyphs = List.copyOf(glyphs);
            rulings = List.copyOf(rulings);
        }

        static final PageMarks EMPTY = new PageMarks(List.of(), 0, List.of(), null);

        /** True when the page shows at least one visible character. */
        boolean hasText() {
            return glyphs.stream().anyMatch(g -> !g.isSpace());
        }
    }

    /** Symbol's bullet, Wingdings' square, arrowhead, tick, diamond and filled square, as Word writes them. */
    private static final String PRIVATE_USE_BULLETS = "\uF0B7\uF0A7\uF0D8\uF0FC\uF076\uF06E\uF0A8";

    private final Map<Integer, PageMarks> pages = new HashMap<>();
    private final Map<PDFont, Boolean> boldFonts = new IdentityHashMap<>();
    private final Set<TextPosition> strokedText = Collections.newSetFromMap(new IdentityHashMap<>());
    private int rotation;
    private RulingCollector pageRulings;

    GlyphCollector() throws IOException {
        super();
        // PDFBox's own duplicate check costs more than the rest of the reading; LineBuilder drops overprints.
        setSuppressDuplicateOverlappingText(false);
        RulingOperators.register(this, () -> pageRulings, this::operatorException);
    }

    /** What each page of {@code document} shows, by 1-based page number (pages without content are absent). */
    Map<Integer, PageMarks> collect(PDDocument document) throws IOException {
        pages.clear();
        getText(document);
        return Map.copyOf(pages);
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        strokedText.clear();
        PageFrame frame = PageFrame.of(page);
        rotation = frame.rotation();
        pageRulings = new RulingCollector(frame);
        super.startPage(page);
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        // Fill-and-stroke text is how some producers fake bold; the state is only current while the glyph is shown.
        RenderingMode mode = getGraphicsState().getTextState().getRenderingMode();
        if (mode == RenderingMode.FILL_STROKE || mode == RenderingMode.FILL_STROKE_CLIP) {
            strokedText.add(text);
        }
        super.processTextPosition(text);
    }

    @Override
    protected void writePage() {
        List<Glyph> glyphs = new ArrayList<>();
        int sideways = 0;
        for (List<TextPosition> article : getCharactersByArticle()) {
            for (TextPosition position : article) {
                if (!isUpright(position)) {
                    sideways++;
                    continue;
                }
                glyphs.add(toGlyph(position));
            }
        }
        pages.put(getCurrentPageNo(), new PageMarks(glyphs, sideways, pageRulings.rulings(), pageRulings.failure()));
    }

    private boolean isUpright(TextPosition position) {
        int direction = Math.round(position.getDir());
        return ((direction - rotation) % 360 + 360) % 360 == 0;
    }

    private Glyph toGlyph(TextPosition position) {
        float size = Math.abs(position.getTextMatrix().getScalingFactorY());
        if (size < 0.5f) {
            size = position.getFontSizeInPt();
        }
        boolean bold = strokedText.contains(position) || isBold(position.getFont());
        String text = normalise(position.getUnicode());
        float width = position.getWidthDirAdj();
        if (!(width > 0.01f)) {
            // Some fonts report no advance; without a width every letter would look like a separate word.
            width = 0.5f * size * text.length();
        }
        return new Glyph(text, position.getX(), position.getY(), width, size, bold);
    }

    private boolean isBold(PDFont font) {
        if (font == null) {
            return false;
        }
        return boldFonts.computeIfAbsent(font, f -> {
            StringBuilder names = new StringBuilder(String.valueOf(f.getName()));
            PDFontDescriptor descriptor = f.getFontDescriptor();
            if (descriptor != null) {
                if (descriptor.isForceBold() || descriptor.getFontWeight() >= BOLD_WEIGHT) {
                    return true;
                }
                names.append(' ').append(descriptor.getFontName());
            }
            return BOLD_NAME.matcher(names.toString().toLowerCase(Locale.ROOT)).find();
        });
    }

    /**
     * Unfolds presentation-form ligatures (U+FB00..), turns no-break spaces into spaces, and gives the
     * bullets of Symbol and Wingdings fonts without a Unicode mapping (private-use code points) as '•'.
     */
    private static String normalise(String unicode) {
        if (unicode == null || unicode.isEmpty()) {
            return "\uFFFD";
        }
        if (unicode.length() == 1 && PRIVATE_USE_BULLETS.indexOf(unicode.charAt(0)) >= 0) {
            return "•";
        }
        String text = unicode.replace('\u00A0', ' ');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\uFB00' && c <= '\uFDFF' || c >= '\uFE70' && c <= '\uFEFF') {
                return Normalizer.normalize(text, Normalizer.Form.NFKC);
            }
        }
        return text;
    }
}
