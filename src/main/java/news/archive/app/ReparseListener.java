package news.archive.app;

import java.util.List;

/** What a reparse reports as it goes; every call comes from one thread, in id order. */
public interface ReparseListener {

  /** A field whose value the current parser reads otherwise; values are records' field values. */
  record Change(String field, Object before, Object after) {}

  /** The article {@code id} reads otherwise now (stored so, unless it is a dry run). */
  void changed(String id, List<Change> changes);

  /** The bytes of article {@code id} could not be had; its record is left as it was. */
  void unreachable(String id, String reason);

  /** Article {@code id} was read again but could not be updated; its record is left as it was. */
  void failed(String id, String reason);
}
