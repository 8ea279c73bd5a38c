package news.archive.app;

/**
 * What was asked cannot be read or done as asked: a query that cannot be read, a string that cannot
 * be an id, standard input given twice. Asking again the same way fails again.
 */
public class BadRequestException extends ArchiveException {
  private static final long serialVersionUID = 1L;

  public BadRequestException(String message) {
    super(message);
  }
}
