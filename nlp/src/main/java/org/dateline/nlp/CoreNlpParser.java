package org.dateline.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import org.dateline.model.Article;
import org.dateline.model.Dependency;
import org.dateline.model.NamedMention;
import org.dateline.model.ParsedArticle;
import org.dateline.model.Sentence;
import org.dateline.model.TimeExpression;
import org.dateline.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Tokenizes, tags, parses and recognizes names and times in an {@link Article} with CoreNLP.
 *
 * <p>Input: a cleaned article (its publication date anchors relative times). Output: a
 * {@link ParsedArticle} whose offsets index into the article text. Thread safety: construct once
 * per JVM (loading takes seconds); {@link #parse} may then be called from many threads at once.
 */
public final class CoreNlpParser {
    private static final Set<String> NAME_TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC");
    private static final Set<String> TIME_TYPES = Set.of("DATE", "TIME", "DURATION", "SET");

    private static final Set<String> QUOTE_MARKS = Set.of("\"", "“", "”", "``", "''");

    private final StanfordCoreNLP splitter;
    private final StanfordCoreNLP pipeline;
    private final StanfordCoreNLP parser;
    private final Set<String> triggers;

    public CoreNlpParser(NlpOptions options) {
        this.splitter = new StanfordCoreNLP(options.splitterProperties());
        this.pipeline = new StanfordCoreNLP(options.toProperties());
        boolean selective = options.dependencies() && !options.parseTriggers().isEmpty();
        this.parser = selective ? new StanfordCoreNLP(options.parserOnly()) : null;
        this.triggers = options.parseTriggers();
    }

    public ParsedArticle parse(Article article) {
        return parse(article, false);
    }

    /**
     * Like {@link #parse(Article)}; with {@code everySentence} the dependency parser runs on every
     * sentence whatever the triggers (evaluation sets of single sentences coded by other
     * dictionaries), with the same models.
     */
    public ParsedArticle parse(Article article, boolean everySentence) {
        Annotation doc = new Annotation(article.text());
        if (article.metadata().published() != null) {
            doc.set(CoreAnnotations.DocDateAnnotation.class, article.metadata().published().toString());
        }
        splitter.annotate(doc);
        mergeFalseBreaks(doc);
        splitLongSentences(doc);
        pipeline.annotate(doc);
        MonthSurnames.relabel(doc);
        if (parser != null) {
            parseSelected(doc, everySentence);
        }
        List<Sentence> sentences = new ArrayList<>();
        List<NamedMention> names = new ArrayList<>();
        List<TimeExpression> times = new ArrayList<>();
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            int index = sentences.size();
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            int offset = labels.get(0).index() - 1;
            sentences.add(sentence(index, s, labels, offset));
            collectMentions(s, index, offset, article.text(), names, times);
        }
        return new ParsedArticle(article, sentences, names, times);
    }

    /**
     * Joins a sentence to the one before when the splitter broke it after an abbreviation it did not
     * know: a sentence cannot open with a comma, semicolon, colon, closing bracket or a lower-case
     * word ("Rep. G.K. Butterfield (D-N.C.), head of the caucus, said ..." was split after "(D-N.C.)"),
     * and a sentence of quotation marks alone closes the one before. Sentences a line break separates
     * stay apart.
     */
    private static void mergeFalseBreaks(Annotation doc) {
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        String text = doc.get(CoreAnnotations.TextAnnotation.class);
        List<List<CoreLabel>> groups = new ArrayList<>();
        boolean merged = false;
        for (CoreMap s : sentences) {
            List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
            if (!groups.isEmpty() && !tokens.isEmpty() && continues(groups.get(groups.size() - 1), tokens, text)) {
                groups.get(groups.size() - 1).addAll(tokens);
                merged = true;
            } else {
                groups.add(new ArrayList<>(tokens));
            }
        }
        if (merged) {
            doc.set(CoreAnnotations.SentencesAnnotation.class, rebuilt(groups, text));
        }
    }

    private static boolean continues(List<CoreLabel> previous, List<CoreLabel> next, String text) {
        CoreLabel first = next.get(0);
        CoreLabel last = previous.get(previous.size() - 1);
        if (text.substring(last.endPosition(), first.beginPosition()).contains("\n")) {
            return false;
        }
        // a closing quotation mark the tokenizer took for an opening one ('I have."' before a
        // paragraph break) is left alone as a sentence of its own: it belongs to the sentence it closes
        if (next.stream().allMatch(t -> QUOTE_MARKS.contains(t.word()) || QUOTE_MARKS.contains(t.originalText()))) {
            return true;
        }
        String w = first.word();
        boolean opensBadly = w.equals(",") || w.equals(";") || w.equals(":") || w.equals(")")
                || Character.isLowerCase(w.codePointAt(0)) && w.chars().allMatch(Character::isLetter);
        // the break came after an abbreviation's period (with or without its closing bracket)
        CoreLabel beforeLast = previous.size() > 1 ? previous.get(previous.size() - 2) : null;
        boolean afterAbbreviation = last.word().equals(".") && beforeLast != null && beforeLast.word().contains(".")
                || last.word().equals(")") && beforeLast != null && beforeLast.word().equals(".")
                || last.word().endsWith(".") && last.word().length() > 1;
        return opensBadly && afterAbbreviation;
    }

    /** Sentence annotations over groups of tokens, indexed as the splitter indexes them. */
    private static List<CoreMap> rebuilt(List<List<CoreLabel>> groups, String text) {
        List<CoreMap> out = new ArrayList<>();
        int tokenOffset = 0;
        for (List<CoreLabel> piece : groups) {
            int begin = piece.get(0).beginPosition();
            int end = piece.get(piece.size() - 1).endPosition();
            Annotation sentence = new Annotation(text.substring(begin, end));
            sentence.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
            sentence.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
            sentence.set(CoreAnnotations.TokensAnnotation.class, piece);
            sentence.set(CoreAnnotations.TokenBeginAnnotation.class, tokenOffset);
            sentence.set(CoreAnnotations.TokenEndAnnotation.class, tokenOffset + piece.size());
            sentence.set(CoreAnnotations.SentenceIndexAnnotation.class, out.size());
            for (int k = 0; k < piece.size(); k++) {
                piece.get(k).setIndex(k + 1);
                piece.get(k).setSentIndex(out.size());
            }
            tokenOffset += piece.size();
            out.add(sentence);
        }
        return out;
    }

    /**
     * Splits sentences longer than {@link NlpOptions#MAX_SENTENCE_TOKENS} tokens into pieces of that
     * size: text without sentence punctuation otherwise becomes one sentence of thousands of tokens,
     * which the taggers handle in minutes instead of milliseconds.
     */
    private static void splitLongSentences(Annotation doc) {
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        if (sentences.stream().noneMatch(s -> s.get(CoreAnnotations.TokensAnnotation.class).size() > NlpOptions.MAX_SENTENCE_TOKENS)) {
            return;
        }
        List<List<CoreLabel>> pieces = new ArrayList<>();
        for (CoreMap s : sentences) {
            List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
            for (int from = 0; from < tokens.size(); from += NlpOptions.MAX_SENTENCE_TOKENS) {
                pieces.add(new ArrayList<>(tokens.subList(from, Math.min(tokens.size(), from + NlpOptions.MAX_SENTENCE_TOKENS))));
            }
        }
        doc.set(CoreAnnotations.SentencesAnnotation.class, rebuilt(pieces, doc.get(CoreAnnotations.TextAnnotation.class)));
    }

    /** Runs the dependency parser on the sentences that hold a trigger verb or noun, "according" or a quotation mark. */
    private void parseSelected(Annotation doc, boolean everySentence) {
        List<CoreMap> selected = new ArrayList<>();
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            if (everySentence) {
                selected.add(s);
                continue;
            }
            for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
                String lemma = t.lemma() == null ? t.word() : t.lemma().toLowerCase(java.util.Locale.ROOT);
                boolean content = t.tag() != null && (t.tag().startsWith("VB") || t.tag().startsWith("NN"));
                if (content && triggers.contains(lemma) || t.word().equalsIgnoreCase("according")
                        || QUOTE_MARKS.contains(t.word())) {
                    selected.add(s);
                    break;
                }
            }
        }
        if (!selected.isEmpty()) {
            Annotation part = new Annotation(doc.get(CoreAnnotations.TextAnnotation.class));
            part.set(CoreAnnotations.SentencesAnnotation.class, selected);
            parser.annotate(part);
        }
    }

    private static Sentence sentence(int index, CoreMap s, List<CoreLabel> labels, int offset) {
        List<Token> tokens = new ArrayList<>(labels.size());
        for (CoreLabel l : labels) {
            tokens.add(new Token(l.index() - 1 - offset, l.originalText(), l.beginPosition(), l.endPosition(),
                    l.lemma(), l.tag(), l.ner() == null ? "O" : l.ner()));
        }
        List<Dependency> deps = new ArrayList<>();
        SemanticGraph graph = s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        if (graph != null) {
            for (var root : graph.getRoots()) {
                deps.add(new Dependency("root", -1, root.index() - 1 - offset));
            }
            for (SemanticGraphEdge e : graph.edgeIterable()) {
                deps.add(new Dependency(e.getRelation().toString(), e.getGovernor().index() - 1 - offset,
                        e.getDependent().index() - 1 - offset));
            }
        }
        return new Sentence(index, labels.get(0).beginPosition(), labels.get(labels.size() - 1).endPosition(),
                tokens, deps);
    }

    private static void collectMentions(CoreMap s, int sentence, int offset, String text,
                                        List<NamedMention> names, List<TimeExpression> times) {
        List<CoreMap> mentions = s.get(CoreAnnotations.MentionsAnnotation.class);
        if (mentions == null) {
            return;
        }
        for (CoreMap m : mentions) {
            String type = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
            List<CoreLabel> toks = m.get(CoreAnnotations.TokensAnnotation.class);
            int start = toks.get(0).beginPosition();
            int end = toks.get(toks.size() - 1).endPosition();
            if (NAME_TYPES.contains(type)) {
                String gender = m.get(CoreAnnotations.GenderAnnotation.class);
                if ((gender == null || gender.isEmpty()) && type.equals("PERSON") && toks.size() > 1) {
                    gender = FirstNames.gender(toks.get(0).word());
                }
                names.add(new NamedMention(type, sentence, toks.get(0).index() - 1 - offset,
                        toks.get(toks.size() - 1).index() - offset, start, end, text.substring(start, end),
                        gender == null || gender.isEmpty() ? null : gender));
            } else if (TIME_TYPES.contains(type)) {
                Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
                String value = timex == null ? null : timex.value();
                if (value == null && timex != null) {
                    value = timex.altVal();
                }
                times.add(new TimeExpression(text.substring(start, end), type, value, start, end));
            }
        }
    }
}
