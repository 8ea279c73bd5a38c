package news.archive.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import news.archive.Article;
import news.archive.DateRange;
import news.archive.Story;
import news.archive.app.Archive;
import news.archive.app.BadQueryException;
import news.archive.app.BadRequestException;
import news.archive.app.LiveReader;
import news.archive.app.NotFoundException;
import news.archive.app.StoreBusyException;
import news.archive.app.StoreException;
import news.archive.app.TooShortException;

/**
 * Every request: checked by the {@link Guard}, read within bounds, sent to its page or API call,
 * and answered; a failure becomes a status and a message, never a stack trace.
 */
final class Router implements HttpHandler {

  /** Stories shown on {@code /stories} at first. */
  private static final int STORIES = 50;

  private final Archive archive;
  private final LiveReader live;
  private final Layout layout;
  private final Guard guard;
  private final Consumer<String> log;

  Router(Archive archive, LiveReader live, Layout layout, Guard guard, Consumer<String> log) {
    this.archive = archive;
    this.live = live;
    this.layout = layout;
    this.guard = guard;
    this.log = log;
  }

  @Override
  public void handle(HttpExchange x) throws IOException {
    boolean api = x.getRequestURI().getRawPath().startsWith("/api/");
    try {
      if (!guard.host(x.getRequestHeaders().getFirst("Host"))) {
        throw HttpError.forbidden("this server answers only to its own address");
      }
      String method = x.getRequestMethod();
      if (!method.equals("GET") && !method.equals("HEAD") && !method.equals("POST")) {
        x.getResponseHeaders().set("Allow", "GET, HEAD, POST");
        throw new HttpError(405, "method_not_allowed", "only GET, HEAD and POST are answered");
      }
      Request r = Request.read(x);
      if (method.equals("POST")) {
        post(x, r);
      } else {
        get(x, r);
      }
    } catch (HttpError e) {
      fail(x, api, e.status(), e.error(), e.getMessage());
    } catch (BadQueryException e) {
      fail(x, api, 400, "bad_query", "cannot read the query: " + e.getMessage());
    } catch (BadRequestException e) {
      fail(x, api, 400, "bad_request", e.getMessage());
    } catch (NotFoundException e) {
      fail(x, api, 404, "not_found", e.getMessage());
    } catch (TooShortException e) {
      fail(x, api, 404, "too_short", e.getMessage());
    } catch (StoreBusyException e) {
      fail(x, api, 503, "store_busy", e.getMessage());
    } catch (StoreException e) {
      log.accept(e.getMessage());
      fail(x, api, 500, "store_error", e.getMessage());
    } catch (IOException e) {
      x.close(); // the browser went away
    } catch (RuntimeException e) {
      log.accept("internal error at " + x.getRequestURI().getRawPath() + ": " + e);
      fail(x, api, 500, "internal", "internal error");
    }
  }

  private void get(HttpExchange x, Request r) throws IOException {
    List<String> s = r.segments();
    String first = s.isEmpty() ? "" : s.get(0);
    switch (first) {
      case "", "search" -> {
        exactly(s, first.isEmpty() ? 0 : 1);
        search(x, r);
      }
      case "article" -> {
        exactly(s, 2);
        Article a = archive.show(id(r.segment(1)));
        try (LiveReader.Lease lease = live.lease()) {
          page(x, a.title(), ArticlePage.main(archive, lease.reader(), a, layout));
        }
      }
      case "stories" -> {
        exactly(s, 1);
        int limit = r.number("limit", STORIES, 1, 100_000);
        try (LiveReader.Lease lease = live.lease()) {
          List<Story> stories =
              archive.stories(lease.reader(), DateRange.ALL, Story.Order.DATE, 2, 0, limit);
          page(x, "Stories", StoryPages.list(stories, limit));
        }
      }
      case "story" -> {
        exactly(s, 2);
        try (LiveReader.Lease lease = live.lease()) {
          Story story = archive.story(lease.reader(), id(r.segment(1)));
          page(x, story.label() == null ? story.id() : story.label(), StoryPages.one(story));
        }
      }
      case "assets" -> {
        exactly(s, 2);
        asset(x, r.segment(1));
      }
      case "favicon.ico" -> asset(x, "icon.svg");
      case "api" -> api(x, r);
      default -> throw HttpError.notFound("no such page");
    }
  }

  private void search(HttpExchange x, Request r) throws IOException {
    SearchForm form = SearchForm.of(r);
    String results;
    try (LiveReader.Lease lease = live.lease()) {
      results = SearchPage.results(lease.reader(), form);
    }
    if (r.flag("fragment")) {
      Reply.html(x, 200, results);
    } else {
      Reply.html(x, 200, layout.page(SearchPage.title(form), form.q(), results));
    }
  }

  private void api(HttpExchange x, Request r) throws IOException {
    List<String> s = r.segments();
    String call = r.segment(1) == null ? "" : r.segment(1);
    byte[] json;
    switch (call) {
      case "search", "list", "stories", "stats" -> {
        exactly(s, 2);
        try (LiveReader.Lease lease = live.lease()) {
          json =
              switch (call) {
                case "search" -> Api.search(archive, lease.reader(), r);
                case "list" -> Api.list(lease.reader(), r);
                case "stories" -> Api.stories(archive, lease.reader(), r);
                default -> Api.stats(archive, lease.reader(), r);
              };
        }
      }
      case "show" -> {
        exactly(s, 3);
        json = Api.show(archive.show(id(r.segment(2))), r);
      }
      case "similar" -> {
        exactly(s, 3);
        Article a = archive.show(id(r.segment(2)));
        try (LiveReader.Lease lease = live.lease()) {
          json = Api.similar(lease.reader(), a, r);
        }
      }
      case "story" -> {
        exactly(s, 3);
        try (LiveReader.Lease lease = live.lease()) {
          json = Api.story(archive.story(lease.reader(), id(r.segment(2))), r);
        }
      }
      default -> throw HttpError.notFound("no such API call: /api/" + call);
    }
    Reply.json(x, 200, json);
  }

  /**
   * A change: {@code /article/ID/ACTION} from a page's form, {@code /api/ACTION/ID} from a script.
   */
  private void post(HttpExchange x, Request r) throws IOException {
    List<String> s = r.segments();
    boolean fromPage = s.size() == 3 && s.get(0).equals("article");
    boolean fromApi = s.size() == 3 && s.get(0).equals("api");
    String action = fromPage ? s.get(2) : fromApi ? s.get(1) : null;
    if (action == null || !Writes.ACTIONS.contains(action)) {
      throw new HttpError(405, "method_not_allowed", "nothing to change here");
    }
    if (!layout.writes()) {
      throw HttpError.forbidden("the server only reads; start it with --write to make changes");
    }
    String site = r.header("Sec-Fetch-Site");
    if (!guard.sameOrigin(r.header("Origin"))
        || (site != null && !site.equals("same-origin") && !site.equals("none"))) {
      throw HttpError.forbidden("a change must come from this server's own pages");
    }
    String token =
        r.header("X-Archive-Token") != null ? r.header("X-Archive-Token") : r.param("token");
    if (!guard.token(token)) {
      throw HttpError.forbidden("a change must carry this server's token");
    }
    String id = id(fromPage ? s.get(1) : s.get(2));
    Article a = Writes.apply(archive, action, id, r);
    // the change is committed: the next request sees it, not only the one after the next refresh
    live.refresh();
    if (fromPage) {
      Reply.seeOther(x, "/article/" + a.id());
    } else {
      Reply.json(x, 200, Api.changed(a));
    }
  }

  private static void exactly(List<String> segments, int n) {
    if (segments.size() != n) {
      throw HttpError.notFound("no such page");
    }
  }

  private static String id(String typed) {
    return Archive.idPrefix(typed == null ? "" : typed)
        .orElseThrow(() -> HttpError.badRequest("not an id: " + Archive.ID_FORM));
  }

  private static void asset(HttpExchange x, String name) throws IOException {
    Assets.Asset a = Assets.named(name);
    if (a == null) {
      throw HttpError.notFound("no such file");
    }
    Reply.asset(x, a.type(), a.bytes());
  }

  private void page(HttpExchange x, String title, String main) throws IOException {
    Reply.html(x, 200, layout.page(title, null, main));
  }

  private void fail(HttpExchange x, boolean api, int status, String error, String message)
      throws IOException {
    try {
      if (api) {
        Reply.json(x, status, Api.error(error, message));
      } else {
        Html h = new Html();
        h.raw("<div class=\"problem\" role=\"alert\"><h1>").text(status).raw("</h1><p>");
        h.text(message).raw("</p><p><a href=\"/\">To the archive</a></p></div>");
        Reply.html(x, status, layout.errorPage("Error " + status, h.toString()));
      }
    } catch (IOException e) {
      x.close();
    }
  }
}
