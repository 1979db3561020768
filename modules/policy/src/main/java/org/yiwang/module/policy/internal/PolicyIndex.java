package org.yiwang.module.policy.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yiwang.kernel.api.Page;
import org.yiwang.kernel.api.PageRequest;

/**
 * The Lucene index of published policies, one document per policy: title and text in a smartcn
 * field and a bigram field each (see {@link ChineseAnalyzers}), filters as exact terms (region,
 * level, categories) and points (effective, expiry), and the list item stored as JSON so a search
 * answers without the database. Created or rebuilt from the database when missing or unreadable;
 * written through one {@link IndexWriter}, each change committed and made visible at once.
 */
final class PolicyIndex implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(PolicyIndex.class);
    private static final long NO_DAY_MIN = Long.MIN_VALUE;
    private static final long NO_DAY_MAX = Long.MAX_VALUE;

    private final ChineseAnalyzers analyzers = new ChineseAnalyzers();
    private final Directory dir;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final boolean fresh;

    /** Opens the index in {@code path}; a missing or corrupt index starts empty ({@link #needsRebuild()}). */
    PolicyIndex(Path path) {
        try {
            Files.createDirectories(path);
            Directory d = FSDirectory.open(path);
            boolean existed = DirectoryReader.indexExists(d);
            boolean ok = existed && readable(d);
            if (existed && !ok) {
                LOG.warn("Policy search index in {} is unreadable; it is rebuilt from the database", path);
                for (String f : d.listAll()) {
                    d.deleteFile(f);
                }
            }
            IndexWriterConfig config = new IndexWriterConfig(analyzers.perField)
                    .setOpenMode(ok ? IndexWriterConfig.OpenMode.CREATE_OR_APPEND : IndexWriterConfig.OpenMode.CREATE);
            this.dir = d;
            this.writer = new IndexWriter(d, config);
            this.writer.commit();
            this.searchers = new SearcherManager(writer, null);
            this.fresh = !ok;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the policy index in " + path, e);
        }
    }

    private static boolean readable(Directory d) {
        try (DirectoryReader r = DirectoryReader.open(d)) {
            return r.numDocs() >= 0;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Whether the index was created empty (new, or replacing a corrupt one) and must be filled from the database. */
    boolean needsRebuild() {
        return fresh;
    }

    int size() {
        return withSearcher(s -> s.getIndexReader().numDocs());
    }

    /** Replaces the whole index with these policies. */
    synchronized void rebuild(Iterable<Policy> policies) {
        try {
            writer.deleteAll();
            for (Policy p : policies) {
                writer.addDocument(document(p));
            }
            commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds many policies with one commit (imports, benchmark). */
    synchronized void addAll(Iterable<Policy> policies) {
        try {
            for (Policy p : policies) {
                writer.updateDocument(new Term("id", String.valueOf(p.id())), document(p));
            }
            commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds or replaces one policy (published, or edited after publication). */
    synchronized void put(Policy p) {
        addAll(List.of(p));
    }

    /** Removes one policy (withdrawn, expired). */
    synchronized void remove(long id) {
        try {
            writer.deleteDocuments(new Term("id", String.valueOf(id)));
            commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void commit() throws IOException {
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    private Document document(Policy p) {
        Document d = new Document();
        d.add(new StringField("id", String.valueOf(p.id()), Field.Store.YES));
        String title = p.title() + " " + String.join(" ", p.tags());
        StringBuilder body = new StringBuilder(p.body()).append('\n').append(p.issuingAuthority());
        if (p.documentNumber() != null) {
            body.append(' ').append(p.documentNumber());
        }
        for (Interpretation i : p.interpretations()) {
            body.append('\n').append(i.title()).append('\n').append(i.text());
            i.qa().forEach(qa -> body.append('\n').append(qa.q()).append('\n').append(qa.a()));
        }
        d.add(new TextField(ChineseAnalyzers.TITLE_BI, title, Field.Store.NO));
        String all = title + "\n" + body;
        d.add(new TextField(ChineseAnalyzers.BODY_CN, all, Field.Store.NO));
        d.add(new TextField(ChineseAnalyzers.BODY_BI, all, Field.Store.NO));
        d.add(new StringField("region", p.regionCode(), Field.Store.NO));
        d.add(new StringField("level", p.level().name(), Field.Store.NO));
        for (String c : p.categories()) {
            d.add(new StringField("category", c, Field.Store.NO));
        }
        d.add(new LongPoint("effective", p.effectiveFrom() == null ? NO_DAY_MIN : p.effectiveFrom().toEpochDay()));
        d.add(new LongPoint("expires", p.expiresOn() == null ? NO_DAY_MAX : p.expiresOn().toEpochDay()));
        d.add(new NumericDocValuesField("issued", p.issuedOn().toEpochDay()));
        d.add(new StoredField("text", p.body()));
        d.add(new StoredField("item", Json.write(p.summary(null))));
        return d;
    }

    /** Published policies for a public search, best first (newest first without words). */
    Page<PolicySummary> search(SearchQuery q, PageRequest page) {
        BooleanQuery.Builder root = new BooleanQuery.Builder();
        boolean words = q.q() != null && !q.q().isBlank();
        if (words) {
            for (String word : q.q().strip().split("\\s+")) {
                Query w = word(word);
                if (w != null) {
                    root.add(w, Occur.MUST);
                }
            }
        } else {
            root.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        root.add(LongPoint.newRangeQuery("expires", q.today().toEpochDay(), NO_DAY_MAX), Occur.FILTER);
        if (q.level() != null) {
            root.add(new TermQuery(new Term("level", q.level().name())), Occur.FILTER);
        }
        if (q.category() != null) {
            root.add(new TermQuery(new Term("category", q.category())), Occur.FILTER);
        }
        if (q.region() != null) {
            root.add(applicableTo(q.region()), Occur.FILTER);
        }
        if (q.inForceOn() != null) {
            long day = q.inForceOn().toEpochDay();
            root.add(LongPoint.newRangeQuery("effective", NO_DAY_MIN, day), Occur.FILTER);
            root.add(LongPoint.newRangeQuery("expires", day, NO_DAY_MAX), Occur.FILTER);
        }
        Query query = root.build();
        int n = (int) Math.min(Integer.MAX_VALUE, page.offset() + page.size());
        Set<String> terms = words ? Highlighter.terms(analyzers, q.q()) : Set.of();
        return withSearcher(s -> {
            Sort newest = new Sort(new SortField("issued", SortField.Type.LONG, true));
            // Top hits with block-max WAND (exact only up to 1,000 hits), then the exact total by counting
            // without scores: on common words (补贴 in half the policies) that is several times faster.
            TopDocs top = words
                    ? s.search(query, new TopScoreDocCollectorManager(n, null, 1000, false))
                    : s.search(query, new TopFieldCollectorManager(newest, n, null, 1000, false));
            long total = top.totalHits.relation == TotalHits.Relation.EQUAL_TO ? top.totalHits.value : s.count(query);
            List<PolicySummary> items = new ArrayList<>();
            ScoreDoc[] docs = top.scoreDocs;
            for (int i = (int) Math.min(page.offset(), docs.length); i < docs.length; i++) {
                Document d = s.storedFields().document(docs[i].doc);
                PolicySummary item = Json.read(d.get("item"), PolicySummary.class);
                if (words) {
                    item = withHighlight(item, Highlighter.snippet(d.get("text"), terms));
                }
                items.add(item);
            }
            return Page.of(items, total, page);
        });
    }

    /** A policy applies to a region when it was issued for that region or an ancestor, or nationally. */
    private static Query applicableTo(String region) {
        List<BytesRef> codes = new ArrayList<>();
        codes.add(new BytesRef(region));
        codes.add(new BytesRef(region.substring(0, 4) + "00"));
        codes.add(new BytesRef(region.substring(0, 2) + "0000"));
        return new BooleanQuery.Builder()
                .add(new TermInSetQuery("region", codes), Occur.SHOULD)
                .add(new TermQuery(new Term("level", Level.NATIONAL.name())), Occur.SHOULD)
                .setMinimumNumberShouldMatch(1).build();
    }

    /**
     * One word of the query: all its smartcn segments, or all its bigrams, in the title and text
     * (conjunctions of single terms: cheap to iterate), the smartcn view boosted ×2; a match of the
     * same parts in the title alone adds ×3 (an optional clause, it never drives the iteration).
     */
    private Query word(String word) {
        List<String> cnTokens = ChineseAnalyzers.tokens(analyzers.smart, ChineseAnalyzers.BODY_CN, word);
        List<String> biTokens = ChineseAnalyzers.tokens(analyzers.bigramQuery, ChineseAnalyzers.BODY_BI, word);
        Query cn = allOf(cnTokens, ChineseAnalyzers.BODY_CN);
        Query bi = allOf(biTokens, ChineseAnalyzers.BODY_BI);
        if (cn == null && bi == null) {
            return null;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        if (cn != null) {
            any.add(new BoostQuery(cn, 2f), Occur.SHOULD);
        }
        if (bi != null) {
            any.add(bi, Occur.SHOULD);
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(any.setMinimumNumberShouldMatch(1).build(), Occur.MUST);
        Query title = allOf(biTokens, ChineseAnalyzers.TITLE_BI);
        if (title != null) {
            b.add(new BoostQuery(title, 3f), Occur.SHOULD);
        }
        return b.build();
    }

    private static Query allOf(List<String> tokens, String field) {
        if (tokens.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String t : tokens.stream().distinct().sorted(Comparator.naturalOrder()).toList()) {
            all.add(new TermQuery(new Term(field, t)), Occur.MUST);
        }
        return all.build();
    }

    private static PolicySummary withHighlight(PolicySummary s, String highlight) {
        return new PolicySummary(s.id(), s.title(), s.issuingAuthority(), s.documentNumber(), s.level(), s.regionCode(),
                s.regionName(), s.issuedOn(), s.effectiveFrom(), s.expiresOn(), s.categories(), s.tags(),
                s.criteriaText(), s.status(), s.version(), s.publishedAt(), highlight);
    }

    private interface SearchWork<T> {
        T run(IndexSearcher searcher) throws IOException;
    }

    private <T> T withSearcher(SearchWork<T> work) {
        try {
            IndexSearcher s = searchers.acquire();
            try {
                return work.run(s);
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            searchers.close();
            writer.close();
            dir.close();
        } catch (IOException e) {
            LOG.warn("Closing the policy index failed", e);
        }
    }
}
