"""Summary-level reranking: candidates, set features, length choice, exact spans."""

from __future__ import annotations

import importlib
import itertools

import numpy as np
import pytest
from summarize_helpers import make_document

from nutgraf.summarize import key_points
from nutgraf.summarize.candidates import combos, pool
from nutgraf.summarize.features import FEATURES, features, recurring_names
from nutgraf.summarize.prepare import Prepared, Unit, prepare, stems
from nutgraf.summarize.rerank import SET_FEATURES, Reranker, best, candidates

STORY = (
    "The city council approved a new tram line on Monday. "
    "It will run from the station to the airport. "
    "Construction starts in May and should take two years. "
    "The plan has not been approved by the regional government. "
    "Local shops welcomed the decision. "
    "Separately, the council raised parking fees. "
    "Critics said the tram is too expensive. "
    "The mayor called it a historic day."
)


def _model(**set_weights: float) -> Reranker:
    w = np.zeros(len(SET_FEATURES))
    for name, value in set_weights.items():
        w[SET_FEATURES.index(name)] = value
    lead = np.zeros(len(FEATURES))
    lead[FEATURES.index("inv_position")] = 1.0
    return Reranker(tuple(w), tuple(lead), max_points=4)


def test_rerank_candidates_include_lead_and_are_disjoint() -> None:
    prep = prepare(make_document(STORY))
    scores = np.arange(prep.n, dtype=np.float64)  # the last scores best
    units = pool(prep, scores, 3, 3)
    assert any(u.first == 0 for u in units)  # the lead's units are always pooled
    for group in combos(units, [3]):
        for row in group:
            chosen = [units[k] for k in row]
            assert all(chosen[j].last < chosen[j + 1].first for j in range(2))


def test_rerank_combos_of_every_size_and_fewer_when_none() -> None:
    units = [Unit(i, i, i) for i in range(4)]
    groups = combos(units, [1, 2, 3])
    assert [g.shape for g in groups] == [(4, 1), (6, 2), (4, 3)]
    assert [g.shape for g in combos(units, [6])] == [(1, 4)]  # fewer points than asked


def test_rerank_set_features_shape_and_finite() -> None:
    prep = prepare(make_document(STORY, title="Tram line to the airport approved"))
    x = features(prep)
    cands = candidates(prep, x, np.zeros(prep.n), range(1, 5))
    assert cands.features.shape == (len(cands), len(SET_FEATURES))
    assert np.isfinite(cands.features).all()
    assert sorted({len(cands.chosen(k)) for k in range(len(cands))}) == [1, 2, 3, 4]


def test_rerank_keeps_hedge_with_claim() -> None:
    prep = prepare(make_document(STORY))
    # the set with the best-scored sentence wins; sentence 2 is the claim the hedge qualifies
    chosen = best(prep, _onehot(prep, 2), [3], _model(max_score=1.0))
    assert chosen is not None
    sentences = {j for u in chosen for j in u.sentences}
    assert 2 in sentences and 3 in sentences


def _onehot(prep: Prepared, i: int) -> np.ndarray:
    """Features under which only sentence ``i`` scores (through ``inv_position``)."""
    x = features(prep)
    x[:, FEATURES.index("inv_position")] = 0.0
    x[i, FEATURES.index("inv_position")] = 5.0
    return x


@pytest.mark.parametrize(("sign", "expected"), [(-1.0, 1), (1.0, 4)])
def test_rerank_default_summary_chooses_its_length(
    monkeypatch: pytest.MonkeyPatch, sign: float, expected: int
) -> None:
    module = importlib.import_module("nutgraf.summarize")  # the package, not the function
    monkeypatch.setattr(module, "reranker_for", lambda _lang: _model(words_50=sign))
    doc = make_document(STORY)
    points, over = key_points(doc)
    assert len(points) == expected and not over
    for p in points:
        assert doc.text[p.start : p.end] == p.text
    assert [p.start for p in points] == sorted(p.start for p in points)


def test_rerank_word_budget_is_a_bound_on_candidates(monkeypatch: pytest.MonkeyPatch) -> None:
    module = importlib.import_module("nutgraf.summarize")
    monkeypatch.setattr(module, "reranker_for", lambda _lang: _model(words_50=1.0))
    doc = make_document(STORY)
    points, over = key_points(doc, words=25)
    assert points and not over
    assert sum(len(p.text.split()) for p in points) <= 25
    points, over = key_points(doc, words=3)  # no point fits: the best one alone, flagged
    assert len(points) == 1 and over


def _reference_features(
    prep: Prepared, x: np.ndarray, scores: np.ndarray, cand: list[Unit]
) -> list[float]:
    """The set features of one candidate computed directly, one by one."""
    doc = prep.doc
    toks = [list(t) for t in prep.terms.tokens]
    n = prep.n
    sents = sorted(j for u in cand for j in u.sentences)
    heads = [u.head for u in cand]
    hs = scores[heads]
    words = [max(len(doc.sentences[j].text.split()), 1) for j in range(n)]
    total = float(sum(words[j] for j in sents))
    firsts = np.array([u.first - prep.body for u in cand], dtype=np.float64)
    bag = [{w[:5] for w in t if len(w) > 2} for t in toks]
    reds = []
    for u, v in itertools.combinations(cand, 2):
        bu = set().union(*(bag[j] for j in u.sentences))
        bv = set().union(*(bag[j] for j in v.sentences))
        reds.append(len(bu & bv) / max(1, min(len(bu), len(bv))))
    vocab = sorted({t for ts in toks for t in ts})
    tf = {t: sum(ts.count(t) for ts in toks) for t in vocab}
    df = {t: sum(t in ts for ts in toks) for t in vocab}
    idf = {t: np.log((n - prep.body + 1.0) / (df[t] + 0.5)) for t in vocab}
    wt = {t: (np.log1p(tf[t]) * idf[t] if tf[t] >= 2 else 0.0) for t in vocab}
    mine = {t for j in sents for t in toks[j]}
    covered = sum(wt[t] for t in mine)
    vec = {t: sum(toks[j].count(t) for j in sents) for t in vocab if wt[t] > 0}
    dvec = {t: tf[t] * idf[t] for t in vocab}
    vnorm = np.sqrt(sum(v * v for v in vec.values())) or 1.0
    dnorm = np.sqrt(sum(v * v for v in dvec.values())) or 1.0
    cos = sum(vec[t] * dvec[t] for t in vec) / (vnorm * dnorm)
    bigrams = [list(itertools.pairwise(t)) for t in toks]
    btf: dict[tuple[str, str], int] = {}
    for bs in bigrams:
        for b in bs:
            btf[b] = btf.get(b, 0) + 1
    bwt = {b: np.log1p(c) for b, c in btf.items() if c >= 2}
    bcovered = sum(bwt[b] for b in {b for j in sents for b in bigrams[j]} if b in bwt)
    title = {t for t in stems(doc.article.title) if len(t) > 2}
    prob = 1.0 / (1.0 + np.exp(-scores))
    rel = [j - prep.body for j in sents]

    def share(weights: dict[str, float]) -> float:
        total = sum(weights.values())
        return sum(w for t, w in weights.items() if t in mine) / total if total > 0 else 0.0

    col = prep.terms.vocab
    heavy = sorted(vocab, key=lambda t: (-wt[t], col[t]))[:10]
    key_words = [
        share({t: idf[t] for t in title if t in idf}),
        share({t: idf[t] for t in toks[prep.body] if len(t) > 2}),
        share({t: wt[t] for t in heavy if wt[t] > 0}),
        share({t: 1.0 for t in recurring_names(prep) if t in idf}),
    ]
    return [
        hs.mean(), hs.min(), hs.max(), hs.sum(), total / 50, (total / 50) ** 2, np.log(total),
        len(sents) / len(cand), float(0 in rel), firsts.mean() / max(n - prep.body - 1, 1),
        float(np.mean(1.0 / (1.0 + firsts))), max(reds, default=0.0),
        float(np.mean(reds)) if reds else 0.0, float(len(cand)),
        float(rel == list(range(len(rel)))),
        float(len({doc.sentences[j].paragraph for j in sents})), float(prob[sents].mean()),
        max(words[j] for j in sents) / 50, covered / max(sum(wt.values()), 1e-9),
        covered / total, cos, bcovered / max(sum(bwt.values()), 1e-9), bcovered / total,
        len(title & mine) / max(len(title), 1),
        float(sum(r < 1 for r in rel)), float(sum(r < 3 for r in rel)),
        float(sum(r < 5 for r in rel)), float(sum(r >= 10 for r in rel)),
        *x[heads, 1:].mean(axis=0).tolist(), *x[sents, 1:].min(axis=0).tolist(),
        *key_words,
    ]  # fmt: skip


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_rerank_vectorised_features_match_per_candidate(seed: int) -> None:
    text = STORY + "\n\n" + STORY.replace("tram", "bus").replace("May", "June")
    prep = prepare(make_document(text, title="New tram line for the airport"))
    x = features(prep)
    scores = np.random.default_rng(seed).normal(size=prep.n)
    cands = candidates(prep, x, scores, range(1, 4))
    assert len(cands) > 10
    ref = np.array(
        [_reference_features(prep, x, scores, cands.chosen(k)) for k in range(len(cands))]
    )
    np.testing.assert_allclose(cands.features, ref, rtol=1e-9, atol=1e-12)


def test_rerank_points_draws_from_a_wider_pool() -> None:
    # The sentence scorer prefers the first sentences, the set model the latest ones. With a
    # pool of 3 the last sentence is never pooled; points=N (one size) pools ``pool_points``.
    prep = prepare(make_document(STORY))
    x = features(prep)
    late = _model(mean_rel_position=1.0)
    narrow = Reranker(late.weights, late.sentence_weights, pool=3, lead=1)
    wide = Reranker(late.weights, late.sentence_weights, pool=3, lead=1, pool_points=8)
    last = prep.n - 1
    for model, sizes, pooled in ((narrow, [3], False), (wide, [3], True), (wide, [2, 3], False)):
        chosen = best(prep, x, sizes, model)
        assert chosen is not None
        assert (last in {j for u in chosen for j in u.sentences}) == pooled


@pytest.mark.parametrize("language", ["en", "ru", "de"])
def test_shipped_rerankers_carry_their_trees(language: str) -> None:
    from nutgraf.summarize.models import reranker_for

    model = reranker_for(language)
    assert model.trees is not None
    assert model.trees.feature.max() < len(SET_FEATURES)
    prep = prepare(make_document(STORY))
    x = features(prep)
    cands = candidates(prep, x, model.sentence_scores(x), range(1, model.max_points + 1))
    values = model.values(cands.features)
    linear = cands.features @ np.asarray(model.weights)
    assert np.isfinite(values).all()
    # the trees add a term of their own: not a constant shift of the linear values
    assert np.ptp(values - linear) > 0


def test_rerank_long_story_gets_at_least_min_points(monkeypatch: pytest.MonkeyPatch) -> None:
    # A model that prefers the shortest summary still gives a long story min_points points;
    # a short brief may get one; a word budget or points= are the user's, not bound by it.
    module = importlib.import_module("nutgraf.summarize")
    shortest = _model(words_50=-1.0)
    model = Reranker(
        shortest.weights, shortest.sentence_weights, max_points=4, min_points=2, min_points_body=6
    )
    monkeypatch.setattr(module, "reranker_for", lambda _lang: model)
    long_doc = make_document(STORY)  # 8 body sentences
    assert model.default_sizes(prepare(long_doc)) == range(2, 5)
    assert len(key_points(long_doc)[0]) >= 2
    brief = make_document(" ".join(STORY.split(". ")[:3]) + ".")
    assert model.default_sizes(prepare(brief)) == range(1, 5)
    assert len(key_points(brief)[0]) == 1
    assert len(key_points(long_doc, points=1)[0]) == 1


def _coverage(prep: Prepared, name: str) -> dict[tuple[int, ...], float]:
    """Each candidate's value of set feature ``name``, by the sentences it holds."""
    cands = candidates(prep, features(prep), np.zeros(prep.n), range(1, 5))
    col = SET_FEATURES.index(name)
    return {
        tuple(j for u in cands.chosen(k) for j in u.sentences): float(cands.features[k, col])
        for k in range(len(cands))
    }


def test_rerank_key_word_coverage_features() -> None:
    titled = prepare(make_document(STORY, title="Tram line to the airport approved"))
    first = _coverage(titled, "first_idf_coverage")
    assert all(v == pytest.approx(1.0) for s, v in first.items() if 0 in s)
    assert all(0.0 <= v < 1.0 for s, v in first.items() if 0 not in s)
    title = _coverage(titled, "title_idf_coverage")
    assert max(title.values()) > 0 and min(title.values()) >= 0
    for name in ("heavy_coverage", "names_coverage", "title_idf_coverage"):
        values = _coverage(titled, name)
        assert all(0.0 <= v <= 1.0 + 1e-9 for v in values.values()), name
        # a set never covers less than any of its subsets
        for s, v in values.items():
            for t, w in values.items():
                if set(t) < set(s):
                    assert v >= w - 1e-9, name
    untitled = _coverage(prepare(make_document(STORY)), "title_idf_coverage")
    assert set(untitled.values()) == {0.0}


def test_recurring_names_are_capitalised_words_of_two_body_sentences() -> None:
    story = (
        "Officials in Lyon opened a new bridge on Monday. "
        "The bridge links two districts of Lyon across the river. "
        "Traffic was light, said Marie Dupont. "
        "The mayor thanked the workers."
    )
    names = recurring_names(prepare(make_document(story)))
    assert stems("Lyon")[0] in names
    assert not names & set(stems("Marie Dupont Monday Officials"))


def test_a_model_fitted_before_later_set_features_gives_them_no_weight() -> None:
    models = importlib.import_module("nutgraf.summarize.models")
    older = list(SET_FEATURES[:-2])
    entry = {"weights": [1.0] * len(older), "set_features": older}
    assert models._weights(entry, "xx") == (1.0,) * len(older) + (0.0, 0.0)
    assert models._weights({"weights": [0.5] * len(SET_FEATURES)}, "xx")[-1] == 0.5
    with pytest.raises(RuntimeError, match="xx model"):
        models._weights({"weights": [1.0] * 3, "set_features": ["a", "b", "c"]}, "xx")
    with pytest.raises(RuntimeError, match="xx model"):
        models._weights({"weights": [1.0] * 3, "set_features": older}, "xx")
