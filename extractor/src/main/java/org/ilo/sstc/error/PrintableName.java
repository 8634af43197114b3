package org.ilo.sstc.error;

/** File names as printed on a terminal or in a log: control characters (a newline in a name...) escaped. */
public final class PrintableName {
    private PrintableName() {
    }

    /** {@code name} with \n, \r, \t as such and every other control character as \\uXXXX. */
    public static String of(String name) {
        StringBuilder printable = null;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!Character.isISOControl(c)) {
                if (printable != null) {
                    printable.append(c);
                }
                continue;
            }
            if (printable == null) {
                printable = new StringBuilder(name.length() + 8).append(name, 0, i);
            }
            switch (c) {
                case '\n' -> printable.append("\\n");
                case '\r' -> printable.append("\\r");
                case '\t' -> printable.append("\\t");
                default -> printable.append(String.format("\\u%04x", (int) c));
            }
        }
        return printable == null ? name : printable.toString();
    }
}
