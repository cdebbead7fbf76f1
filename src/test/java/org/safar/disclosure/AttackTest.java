package org.safar.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safar.disclosure.Disclosure.hiding;
import static org.safar.disclosure.Disclosure.table;
import static org.safar.disclosure.Where.cell;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The attacks the other tests rely on do find what careless suppression leaves open, so an empty
 * result from them means something.
 */
class AttackTest {

  @Test
  void subtractionGivesBackALoneHiddenCell() {
    CountTable<String, String> table = table(new int[][] {{20, 9, 31}, {15, 3, 8}, {40, 6, 22}});
    SuppressedTable<String, String> published = hiding(table, List.of(cell(1, 1)));

    assertThat(LineByLineAttack.recover(published)).containsEntry(cell(1, 1), 3).hasSize(1);
    assertThat(EliminationAttack.recover(published)).containsEntry(cell(1, 1), 3).hasSize(1);
  }

  @Test
  void recoveringOneCellOpensTheNext() {
    // row 0 has two hidden cells, but column 2 gives back (0,2), and then row 0 gives (0,1)
    CountTable<String, String> table = table(new int[][] {{20, 4, 7}, {15, 6, 8}});
    SuppressedTable<String, String> published = hiding(table, List.of(cell(0, 1), cell(0, 2)));

    assertThat(LineByLineAttack.recover(published))
        .containsEntry(cell(0, 1), 4)
        .containsEntry(cell(0, 2), 7);
  }

  @Test
  void hiddenCountsAddingUpToTheirNumberAreAllOne() {
    CountTable<String, String> table = table(new int[][] {{1, 1, 10}, {9, 8, 10}});
    SuppressedTable<String, String> published =
        hiding(table, List.of(cell(0, 0), cell(0, 1), cell(1, 0), cell(1, 1)));

    // no line has a single hidden count, but row 0's two add up to 2 and zeros are shown
    assertThat(LineByLineAttack.recover(published))
        .containsEntry(cell(0, 0), 1)
        .containsEntry(cell(0, 1), 1);
    assertThat(EliminationAttack.recover(published)).isEmpty();
  }

  @Test
  void combiningLinesGivesBackACellThatNoSingleLineDoes() {
    // two hidden rectangles joined by one hidden cell, (0,2): every row and column has at least
    // two hidden cells, yet rows 0 and 1 minus columns 0 and 1 leave exactly that cell
    CountTable<String, String> table =
        table(new int[][] {{6, 7, 3, 20}, {8, 9, 20, 20}, {20, 20, 10, 11}, {20, 20, 12, 13}});
    List<Where> rectangles =
        List.of(
            cell(0, 0),
            cell(0, 1),
            cell(1, 0),
            cell(1, 1),
            cell(2, 2),
            cell(2, 3),
            cell(3, 2),
            cell(3, 3),
            cell(0, 2));
    SuppressedTable<String, String> published = hiding(table, rectangles);

    assertThat(LineByLineAttack.recover(published)).isEmpty();
    assertThat(EliminationAttack.recover(published)).containsEntry(cell(0, 2), 3).hasSize(1);
  }
}
