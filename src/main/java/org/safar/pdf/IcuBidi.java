package org.safar.pdf;

import com.ibm.icu.text.Bidi;
import com.ibm.icu.text.BidiRun;
import com.openhtmltopdf.bidi.BidiReorderer;
import com.openhtmltopdf.bidi.BidiSplitter;
import com.openhtmltopdf.bidi.BidiSplitterFactory;
import com.openhtmltopdf.bidi.BidiTextRun;

/**
 * Right-to-left text for the PDF renderer: ICU's Unicode bidirectional algorithm splits a paragraph
 * into runs of one direction and reverses the right-to-left ones, and {@link ArabicLetters} joins
 * Arabic-script letters. openhtmltopdf's own rtl-support module does the same with ICU's {@code
 * ArabicShaping}, but it is not published for the openhtmltopdf version used here, and that shaper
 * leaves the Persian letters of Dari unjoined.
 */
final class IcuBidi {

  private IcuBidi() {}

  static BidiSplitterFactory splitters() {
    return Splitter::new;
  }

  static BidiReorderer reorderer() {
    return new Reorderer();
  }

  private static final class Splitter implements BidiSplitter {
    private final Bidi bidi = new Bidi();

    @Override
    public void setParagraph(String paragraph, byte defaultDirection) {
      bidi.setPara(paragraph, defaultDirection, null);
    }

    @Override
    public int countTextRuns() {
      return bidi.countRuns();
    }

    @Override
    public BidiTextRun getVisualRun(int index) {
      BidiRun run = bidi.getVisualRun(index);
      return new BidiTextRun(run.getStart(), run.getLength(), run.getDirection());
    }

    @Override
    public byte getBaseDirection(String paragraph) {
      // ICU answers LTR (0), RTL (1) or NEUTRAL (3), the same codes as BidiSplitter
      return Bidi.getBaseDirection(paragraph);
    }
  }

  private static final class Reorderer implements BidiReorderer {
    @Override
    public String reorderRTLTextToLTR(String text) {
      return Bidi.writeReverse(text, Bidi.DO_MIRRORING);
    }

    @Override
    public String shapeText(String text) {
      return ArabicLetters.shape(text);
    }

    @Override
    public String deshapeText(String text) {
      return ArabicLetters.unshape(text);
    }

    @Override
    public boolean isLiveImplementation() {
      return true;
    }
  }
}
