// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ArticleSearch.h"

#include <algorithm>

namespace localrig::ui {

namespace {

QChar foldChar(QChar c)
{
    if (c.decompositionTag() == QChar::Canonical) {
        const QString decomposed = c.decomposition();
        if (!decomposed.isEmpty() && !decomposed.front().isSurrogate()) {
            c = decomposed.front();
        }
    }
    return c.toCaseFolded();
}

void addTerm(QStringList& terms, const QString& text)
{
    const QString folded = ArticleSearch::fold(text.simplified());
    if (!folded.isEmpty() && !terms.contains(folded)) {
        terms.append(folded);
    }
}

} // namespace

ArticleSearch::ArticleSearch(const QString& query)
    : m_query(query)
    , m_terms(parseTerms(query))
{ }

QString ArticleSearch::fold(const QString& text)
{
    QString folded = text;
    for (QChar& c : folded) {
        c = foldChar(c);
    }
    return folded;
}

QStringList ArticleSearch::parseTerms(const QString& query)
{
    QStringList terms;
    QString current;
    bool quoted = false;
    for (const QChar c : query) {
        if (c == u'"') {
            addTerm(terms, current);
            current.clear();
            quoted = !quoted;
        } else if (c.isSpace() && !quoted) {
            addTerm(terms, current);
            current.clear();
        } else {
            current.append(c);
        }
    }
    addTerm(terms, current);
    return terms;
}

bool ArticleSearch::startsWord(const QString& folded, qsizetype position)
{
    if (position == 0) {
        return true;
    }
    const QChar before = folded.at(position - 1);
    const QChar first = folded.at(position);
    if (!before.isLetterOrNumber()) {
        return true;
    }
    // "48GB" holds two words: a number and a unit.
    return before.isDigit() != first.isDigit();
}

bool ArticleSearch::matches(const QString& text) const
{
    if (m_terms.isEmpty()) {
        return false;
    }
    const QString folded = fold(text);
    return std::all_of(m_terms.begin(), m_terms.end(), [&](const QString& term) {
        for (qsizetype at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + 1)) {
            if (startsWord(folded, at)) {
                return true;
            }
        }
        return false;
    });
}

int ArticleSearch::hitCount(const QString& text) const
{
    return matches(text) ? static_cast<int>(ranges(text).size()) : 0;
}

std::vector<TextRange> ArticleSearch::ranges(const QString& text) const
{
    const QString folded = fold(text);
    std::vector<TextRange> found;
    for (const QString& term : m_terms) {
        for (qsizetype at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + 1)) {
            if (startsWord(folded, at)) {
                found.push_back({at, term.size()});
            }
        }
    }
    std::sort(found.begin(), found.end(), [](const TextRange& a, const TextRange& b) {
        return a.start < b.start || (a.start == b.start && a.length > b.length);
    });
    std::vector<TextRange> merged;
    for (const TextRange& range : found) {
        if (!merged.empty() && range.start < merged.back().end()) {
            merged.back().length = std::max(merged.back().end(), range.end()) - merged.back().start;
        } else {
            merged.push_back(range);
        }
    }
    return merged;
}

} // namespace localrig::ui
