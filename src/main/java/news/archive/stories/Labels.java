package news.archive.stories;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import news.archive.Article;

/** A story's label: the headline of its most central article, the one most like all the others. */
public final class Labels {

  /** A long story is labelled from its first articles: they name the event. */
  static final int MAX_READ = 50;

  private Labels() {}

  /** The articles in date order, undated last, then by id. */
  public static List<Article> inDateOrder(List<Article> articles) {
    List<Article> out = new ArrayList<>(articles);
    out.sort(
        Comparator.comparing(Article::date, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Article::id));
    return out;
  }

  /** The label of a story with these articles, in date order; null for none. */
  public static String label(List<Article> inDateOrder) {
    List<Article> first = inDateOrder.subList(0, Math.min(MAX_READ, inDateOrder.size()));
    List<StoryVector> vectors = new ArrayList<>(first.size());
    for (Article a : first) {
      vectors.add(StoryVector.of(a.title(), a.body()));
    }
    String best = null;
    double bestSum = -1;
    for (int i = 0; i < first.size(); i++) {
      double sum = 0;
      for (int j = 0; j < first.size(); j++) {
        if (i != j && vectors.get(i) != null && vectors.get(j) != null) {
          sum += vectors.get(i).cosine(vectors.get(j));
        }
      }
      // the earliest of equals: it names the event first
      if (sum > bestSum) {
        best = first.get(i).title();
        bestSum = sum;
      }
    }
    return best;
  }
}
