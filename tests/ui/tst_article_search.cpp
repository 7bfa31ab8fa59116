// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ArticleSearch.h"

#include <QTest>

#include <vector>

using namespace localrig::ui;

// The Guide page's search on its own: which words match, how many hits, and the ranges it highlights.
class TestArticleSearch final : public QObject
{
    Q_OBJECT

private slots:
    void testSearchMatchesWords_data();
    void testSearchMatchesWords();
    void testSearchRangesMergeAndStartWords();
};

void TestArticleSearch::testSearchMatchesWords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("hits");
    const QString text = QStringLiteral("Memory bandwidth sets decode speed; compute sets prefill.");
    QTest::newRow("one word, once") << text << QStringLiteral("decode") << 1;
    QTest::newRow("two words, both present (AND): 1 + 1") << text << QStringLiteral("bandwidth decode") << 2;
    QTest::newRow("two words, one missing: no match") << text << QStringLiteral("bandwidth tflops") << 0;
    QTest::newRow("case-insensitive: BANDWIDTH finds bandwidth") << text << QStringLiteral("BANDWIDTH") << 1;
    QTest::newRow("repeated word: 'sets' twice") << text << QStringLiteral("sets") << 2;
    QTest::newRow("no match") << text << QStringLiteral("zebra") << 0;
    QTest::newRow("accent-insensitive: cafe finds Café")
        << QStringLiteral("Un Café naïve") << QStringLiteral("cafe naive") << 2;
    QTest::newRow("word start: ram is not in program") << QStringLiteral("a program") << QStringLiteral("ram") << 0;
    QTest::newRow("word start: gb in 48GB") << QStringLiteral("48GB of RAM") << QStringLiteral("gb ram") << 2;
    QTest::newRow("quoted phrase") << QStringLiteral("memory bandwidth, memory pool")
                                   << QStringLiteral("\"memory bandwidth\"") << 1;
    QTest::newRow("empty query matches nothing") << text << QStringLiteral("   ") << 0;
}

void TestArticleSearch::testSearchMatchesWords()
{
    QFETCH(QString, text);
    QFETCH(QString, query);
    QFETCH(int, hits);
    const ArticleSearch search(query);
    QCOMPARE(search.matches(text), hits > 0);
    QCOMPARE(search.hitCount(text), hits);
}

void TestArticleSearch::testSearchRangesMergeAndStartWords()
{
    // "bandwidth" at 0 and 11 (inside "bandwidth-bound"), not inside "membandwidth".
    const QString text = QStringLiteral("Bandwidth, bandwidth-bound; membandwidth");
    const ArticleSearch search(QStringLiteral("bandwidth"));
    const std::vector<TextRange> expected{{0, 9}, {11, 9}};
    QCOMPARE(search.ranges(text), expected);
    // "band" lies inside each "bandwidth" hit: overlapping hits merge into one highlight.
    QCOMPARE(ArticleSearch(QStringLiteral("band bandwidth")).ranges(text), expected);
    QCOMPARE(ArticleSearch::fold(QStringLiteral("Ünïcödé")), QStringLiteral("unicode"));
}

QTEST_GUILESS_MAIN(TestArticleSearch)
#include "tst_article_search.moc"
