package org.ilo.sstc.ingest.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.MissingOperandException;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceCMYKColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceRGBColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingDeviceCMYKColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingDeviceRGBColor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.graphics.state.PDGraphicsState;

/**
 * The path and colour operators a text pass needs to find a page's rulings as well, so each content
 * stream is parsed once. PDFBox's own path operators only work on a graphics engine; these mirror
 * them (operand checks, points through the current transformation matrix) and feed a
 * {@link RulingCollector}. Clipping, images and shadings never make rulings and stay unregistered.
 */
final class RulingOperators {

    /** Names of the operators registered here, whose failures cost a page its rulings, never its text. */
    private static final Set<String> NAMES = Set.of("m", "l", "c", "v", "y", "h", "re", "S", "s", "f", "F", "f*",
            "B", "B*", "b", "b*", "n", "CS", "cs", "SC", "SCN", "sc", "scn", "G", "g", "RG", "rg", "K", "k");

    private RulingOperators() {
    }

    /** Registers the operators on {@code engine}; each feeds the collector {@code page} gives at that moment. */
    static void register(PDFStreamEngine engine, Supplier<RulingCollector> page) {
        List<OperatorProcessor> colours = List.of(new SetStrokingColorSpace(engine),
                new SetNonStrokingColorSpace(engine), new SetStrokingColor(engine), new SetStrokingColorN(engine),
                new SetNonStrokingColor(engine), new SetNonStrokingColorN(engine),
                new SetStrokingDeviceGrayColor(engine), new SetNonStrokingDeviceGrayColor(engine),
                new SetStrokingDeviceRGBColor(engine), new SetNonStrokingDeviceRGBColor(engine),
                new SetStrokingDeviceCMYKColor(engine), new SetNonStrokingDeviceCMYKColor(engine));
        for (OperatorProcessor colour : colours) {
            // Colours only matter for rulings (white ones are skipped), so the text pass never read them.
            engine.addOperator(new RulingOperator(engine, colour.getName(), page,
                    (rulings, operator, operands) -> colour.process(operator, operands)));
        }
        add(engine, page, "m", (rulings, operator, operands) -> {
            if (startsWithTwoNumbers(operator, operands)) {
                Point2D.Float p = point(engine, operands, 0);
                rulings.moveTo(p.x, p.y);
            }
        });
        add(engine, page, "l", (rulings, operator, operands) -> {
            if (startsWithTwoNumbers(operator, operands)) {
                Point2D.Float p = point(engine, operands, 0);
                rulings.lineTo(p.x, p.y);
            }
        });
        // Of a curve only its end point counts: c has two control points before it, v and y one.
        add(engine, page, "c", curve(engine, 6));
        add(engine, page, "v", curve(engine, 4));
        add(engine, page, "y", curve(engine, 4));
        add(engine, page, "h", (rulings, operator, operands) -> rulings.closePath());
        add(engine, page, "re", (rulings, operator, operands) -> rectangle(engine, rulings, operator, operands));
        add(engine, page, "n", (rulings, operator, operands) -> rulings.endPath());
        add(engine, page, "S", (rulings, operator, operands) -> stroke(engine, rulings));
        add(engine, page, "s", (rulings, operator, operands) -> {
            rulings.closePath();
            stroke(engine, rulings);
        });
        for (String fill : List.of("f", "F", "f*")) {
            add(engine, page, fill, (rulings, operator, operands) -> fill(engine, rulings));
        }
        for (String fillAndStroke : List.of("B", "B*")) {
            add(engine, page, fillAndStroke, (rulings, operator, operands) -> fillAndStroke(engine, rulings));
        }
        for (String closeFillAndStroke : List.of("b", "b*")) {
            add(engine, page, closeFillAndStroke, (rulings, operator, operands) -> {
                rulings.closePath();
                fillAndStroke(engine, rulings);
            });
        }
    }

    /** True for the operators {@link #register} adds. */
    static boolean handles(String operatorName) {
        return NAMES.contains(operatorName);
    }

    private static void add(PDFStreamEngine engine, Supplier<RulingCollector> page, String name, Step step) {
        engine.addOperator(new RulingOperator(engine, name, page, step));
    }

    private static Step curve(PDFStreamEngine engine, int operandCount) {
        return (rulings, operator, operands) -> {
            if (hasNumbers(operator, operands, operandCount)) {
                Point2D.Float end = point(engine, operands, operandCount - 2);
                rulings.curveTo(end.x, end.y);
            }
        };
    }

    private static void rectangle(PDFStreamEngine engine, RulingCollector rulings, Operator operator,
            List<COSBase> operands) throws MissingOperandException {
        if (!hasNumbers(operator, operands, 4)) {
            return;
        }
        float x = number(operands, 0);
        float y = number(operands, 1);
        // Summed in float as PDFBox does, so corners land on exactly the same points.
        float x2 = number(operands, 2) + x;
        float y2 = number(operands, 3) + y;
        rulings.appendRectangle(engine.transformedPoint(x, y), engine.transformedPoint(x2, y),
                engine.transformedPoint(x2, y2), engine.transformedPoint(x, y2));
    }

    private static void stroke(PDFStreamEngine engine, RulingCollector rulings) {
        rulings.strokePath(engine.getGraphicsState().getStrokingColor());
    }

    private static void fill(PDFStreamEngine engine, RulingCollector rulings) {
        rulings.fillPath(engine.getGraphicsState().getNonStrokingColor());
    }

    private static void fillAndStroke(PDFStreamEngine engine, RulingCollector rulings) {
        PDGraphicsState state = engine.getGraphicsState();
        rulings.fillAndStrokePath(state.getNonStrokingColor(), state.getStrokingColor());
    }

    /** The device-space point of operands {@code index} and {@code index + 1}, through the current matrix. */
    private static Point2D.Float point(PDFStreamEngine engine, List<COSBase> operands, int index) {
        return engine.transformedPoint(number(operands, index), number(operands, index + 1));
    }

    /** As PDFBox's m and l check: two operands or more, the first two numbers (else the operator is skipped). */
    private static boolean startsWithTwoNumbers(Operator operator, List<COSBase> operands)
            throws MissingOperandException {
        return hasOperands(operator, operands, 2) && operands.get(0) instanceof COSNumber
                && operands.get(1) instanceof COSNumber;
    }

    /** As PDFBox's curve and rectangle operators check: {@code count} operands or more, every one a number. */
    private static boolean hasNumbers(Operator operator, List<COSBase> operands, int count)
            throws MissingOperandException {
        return hasOperands(operator, operands, count) && operands.stream().allMatch(COSNumber.class::isInstance);
    }

    /** Throws as PDFBox does when operands are missing (it logs that and goes on with the next operator). */
    private static boolean hasOperands(Operator operator, List<COSBase> operands, int count)
            throws MissingOperandException {
        if (operands.size() < count) {
            throw new MissingOperandException(operator, operands);
        }
        return true;
    }

    private static float number(List<COSBase> operands, int index) {
        return ((COSNumber) operands.get(index)).floatValue();
    }

    /** What one operator does to the page's collector. */
    @FunctionalInterface
    private interface Step {
        void apply(RulingCollector rulings, Operator operator, List<COSBase> operands) throws IOException;
    }

    /** Runs a step on the current page's collector, unless that page's drawing already failed. */
    private static final class RulingOperator extends OperatorProcessor {
        private final String name;
        private final Supplier<RulingCollector> page;
        private final Step step;

        RulingOperator(PDFStreamEngine engine, String name, Supplier<RulingCollector> page, Step step) {
            super(engine);
            this.name = name;
            this.page = page;
            this.step = step;
        }

        @Override
        public void process(Operator operator, List<COSBase> operands) throws IOException {
            RulingCollector rulings = page.get();
            if (rulings == null || !rulings.isReading()) {
                return;
            }
            try {
                step.apply(rulings, operator, operands);
            } catch (RuntimeException e) {
                // Unchecked failures stopped the separate drawing pass this replaces; they must not stop the text.
                rulings.fail(e);
            }
        }

        @Override
        public String getName() {
            return name;
        }
    }
}
