package news.archive.app;

/**
 * What a reparse did.
 *
 * @param reparsed articles read again from their original bytes
 * @param changed of those, articles the current parser reads otherwise
 * @param unreachable articles whose original bytes are neither kept nor still in their source file
 * @param failed articles read again that could not be updated: the text no longer parses, or now
 *     reads as another stored article
 */
public record ReparseReport(int reparsed, int changed, int unreachable, int failed) {}
