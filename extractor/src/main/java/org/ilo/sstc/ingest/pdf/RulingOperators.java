package org.ilo.sstc.ingest.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.List;
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

    private RulingOperators() {
    }

    /**
     * PDFBox's own handling of an operator's IOException (its {@code operatorException}): logs and
     * returns for the kinds it tolerates, such as missing operands, and rethrows the rest.
     */
    @FunctionalInterface
    interface Tolerance {
        void handle(Operator operator, List<COSBase> operands, IOException e) throws IOException;
    }

    /**
     * Registers the operators on {@code engine}; each feeds the collector {@code page} gives at that
     * moment. A failure PDFBox tolerates is logged and skipped as before; any other stops collecting
     * that page's rulings, as it stopped the separate drawing pass this replaces, and never the text.
     */
    static void register(PDFStreamEngine engine, Supplier<RulingCollector> page, Tolerance tolerance) {
        Registrar registrar = new Registrar(engine, page, tolerance);
        List<OperatorProcessor> colours = List.of(new SetStrokingColorSpace(engine),
                new SetNonStrokingColorSpace(engine), new SetStrokingColor(engine), new SetStrokingColorN(engine),
                new SetNonStrokingColor(engine), new SetNonStrokingColorN(engine),
                new SetStrokingDeviceGrayColor(engine), new SetNonStrokingDeviceGrayColor(engine),
                new SetStrokingDeviceRGBColor(engine), new SetNonStrokingDeviceRGBColor(engine),
                new SetStrokingDeviceCMYKColor(engine), new SetNonStrokingDeviceCMYKColor(engine));
        for (OperatorProcessor colour : colours) {
            // Colours only matter for rulings (white ones are skipped), so the text pass never read them.
            registrar.add(colour.getName(), (rulings, operator, operands) -> colour.process(operator, operands));
        }
        registrar.add("m", (rulings, operator, operands) -> {
            if (startsWithTwoNumbers(operator, operands)) {
                Point2D.Float p = point(engine, operands, 0);
                rulings.moveTo(p.x, p.y);
            }
        });
        registrar.add("l", (rulings, operator, operands) -> {
            if (startsWithTwoNumbers(operator, operands)) {
                Point2D.Float p = point(engine, operands, 0);
                rulings.lineTo(p.x, p.y);
            }
        });
        // Of a curve only its end point counts: c has two control points before it, v and y one.
        registrar.add("c", curve(engine, 6));
        registrar.add("v", curve(engine, 4));
        registrar.add("y", curve(engine, 4));
        registrar.add("h", (rulings, operator, operands) -> rulings.closePath());
        registrar.add("re", (rulings, operator, operands) -> rectangle(engine, rulings, operator, operands));
        registrar.add("n", (rulings, operator, operands) -> rulings.endPath());
        registrar.add("S", (rulings, operator, operands) -> stroke(engine, rulings));
        registrar.add("s", (rulings, operator, operands) -> {
            rulings.closePath();
            stroke(engine, rulings);
        });
        for (String fill : List.of("f", "F", "f*")) {
            registrar.add(fill, (rulings, operator, operands) -> fill(engine, rulings));
        }
        for (String fillAndStroke : List.of("B", "B*")) {
            registrar.add(fillAndStroke, (rulings, operator, operands) -> fillAndStroke(engine, rulings));
        }
        for (String closeFillAndStroke : List.of("b", "b*")) {
            registrar.add(closeFillAndStroke, (rulings, operator, operands) -> {
                rulings.closePath();
                fillAndStroke(engine, rulings);
            });
        }
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

    /** What the operators share: the engine, the current page's collector and PDFBox's tolerance. */
    private record Registrar(PDFStreamEngine engine, Supplier<RulingCollector> page, Tolerance tolerance) {
        void add(String name, Step step) {
            engine.addOperator(new RulingOperator(this, name, step));
        }
    }

    /** Runs a step on the current page's collector, unless that page's drawing already failed. */
    private static final class RulingOperator extends OperatorProcessor {
        private final Registrar registrar;
        private final String name;
        private final Step step;

        RulingOperator(Registrar registrar, String name, Step step) {
            super(registrar.engine());
            this.registrar = registrar;
            this.name = name;
            this.step = step;
        }

        @Override
        public void process(Operator operator, List<COSBase> operands) {
            RulingCollector rulings = registrar.page().get();
            if (rulings == null || !rulings.isReading()) {
                return;
            }
            try {
                step.apply(rulings, operator, operands);
            } catch (IOException e) {
                tolerateOrFail(rulings, operator, operands, e);
            } catch (RuntimeException e) {
                rulings.fail(e);
            }
        }

        private void tolerateOrFail(RulingCollector rulings, Operator operator, List<COSBase> operands,
                IOException e) {
            try {
                registrar.tolerance().handle(operator, operands, e);
            } catch (IOException fatal) {
                rulings.fail(fatal);
            }
        }

        @Override
        public String getName() {
            return name;
        }
    }
}
