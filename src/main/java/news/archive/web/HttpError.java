package news.archive.web;

/**
 * A request the server refuses or cannot answer, with the HTTP status to answer with and a short
 * word for the JSON {@code error} field; the message is for the user.
 */
final class HttpError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String error;

  HttpError(int status, String error, String message) {
    super(message);
    this.status = status;
    this.error = error;
  }

  int status() {
    return status;
  }

  String error() {
    return error;
  }

  static HttpError badRequest(String message) {
    return new HttpError(400, "bad_request", message);
  }

  static HttpError notFound(String message) {
    return new HttpError(404, "not_found", message);
  }

  static HttpError forbidden(String message) {
    return new HttpError(403, "forbidden", message);
  }
}
