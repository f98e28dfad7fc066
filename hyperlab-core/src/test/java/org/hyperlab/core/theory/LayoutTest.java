package org.hyperlab.core.theory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Both layouts, character by character: plain text pads every column to its widest cell, Markdown escapes pipes. */
class LayoutTest {
    private static final String[][] CELLS = {{"1", "-2"}, {"30", "4"}};

    @Test
    void plainMatrixAlignsColumns() {
        Layout out = Layout.plain();
        out.matrix("M:", CELLS);
        // widths 2 and 2; three spaces between columns, " ]" after the last
        assertEquals("M:\n  [ 1    -2 ]\n  [ 30   4  ]\n\n", out.text());
    }

    @Test
    void plainHeadingTableAndList() {
        Layout out = Layout.plain();
        out.heading("Title");
        out.table(new String[] {"w", "kind"}, List.<String[]>of(new String[] {"3", "global minimum"}));
        out.list(List.of("a", "b"));
        out.paragraph("p");
        // each cell: a space, the cell, padding to its column's width plus two
        assertEquals("Title\n=====\n\n"
                + "  w   kind            \n"
                + "  3   global minimum  \n\n"
                + "  a\n  b\n\n"
                + "p\n\n", out.text());
    }

    @Test
    void markdownMatrixNumbersColumnsAndEscapesPipes() {
        Layout out = Layout.markdown();
        out.matrix("M:", new String[][] {{"a|b", "c"}, {"d", "e"}});
        assertEquals("M:\n\n| row | 1 | 2 |\n|---|---|---|\n| 1 | a\\|b | c |\n| 2 | d | e |\n\n", out.text());
    }

    @Test
    void markdownHeadingTableAndList() {
        Layout out = Layout.markdown();
        out.heading("Title");
        out.matrix("N:", new String[][] {{"0", "1"}}, new String[] {"class 0", "class 1"});
        out.table(new String[] {"w", "kind"}, List.<String[]>of(new String[] {"3", "global minimum"}));
        out.list(List.of("a", "b"));
        assertEquals("## Title\n\n"
                + "N:\n\n| row | class 0 | class 1 |\n|---|---|---|\n| 1 | 0 | 1 |\n\n"
                + "| w | kind |\n|---|---|\n| 3 | global minimum |\n\n"
                + "- a\n- b\n\n", out.text());
    }

    @Test
    void anEmptyMatrixHasOnlyItsLabel() {
        Layout plain = Layout.plain();
        plain.matrix("E:", new String[0][]);
        assertEquals("E:\n\n", plain.text());
        Layout markdown = Layout.markdown();
        markdown.matrix("E:", new String[0][]);
        assertEquals("E:\n\n| row |\n|---|\n\n", markdown.text());
    }
}
