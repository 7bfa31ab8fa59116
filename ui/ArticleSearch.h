// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace localrig::ui {

// A span of characters in a searched text: positions are those of the text as given, so a range found
// in QTextDocument::toPlainText() selects the same characters with a QTextCursor.
struct TextRange
{
    qsizetype start = 0;
    qsizetype length = 0;

    qsizetype end() const { return start + length; }
    friend bool operator==(const TextRange&, const TextRange&) = default;
};

// Full-text search over the guide: the query's words (or "quoted phrases") must all occur, each at the
// start of a word ("ram" finds "RAM" and "rams", not "program"), ignoring case and accents.
class ArticleSearch
{
public:
    ArticleSearch() = default;
    explicit ArticleSearch(const QString& query);

    const QString& query() const { return m_query; }
    const QStringList& terms() const { return m_terms; } // folded, without duplicates
    bool isEmpty() const { return m_terms.isEmpty(); }

    // True when every term occurs in text.
    bool matches(const QString& text) const;
    // The number of highlighted ranges when every term occurs, else 0.
    int hitCount(const QString& text) const;
    // Every occurrence of any term, sorted, overlapping occurrences merged.
    std::vector<TextRange> ranges(const QString& text) const;

    // Lower case with accents dropped, one character for one, so positions stay valid.
    static QString fold(const QString& text);

private:
    static QStringList parseTerms(const QString& query);
    static bool startsWord(const QString& folded, qsizetype position);

    QString m_query;
    QStringList m_terms;
};

} // namespace localrig::ui
