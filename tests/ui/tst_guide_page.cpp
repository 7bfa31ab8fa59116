// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/ArticleFile.h"
#include "ui/ArticleListModel.h"
#include "ui/ArticleSearch.h"
#include "ui/GuidePage.h"
#include "ui/GuidePageCorrections.h"

#include <QAbstractItemModelTester>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextFrame>
#include <QTextTable>
#include <QTreeView>

using namespace localrig::ui;

namespace {

ArticleInfo article(const char* slug, const char* title, const char* category, int order, const char* markdown)
{
    ArticleInfo info;
    info.slug = QString::fromUtf8(slug);
    info.title = QString::fromUtf8(title);
    info.category = QString::fromUtf8(category);
    info.order = order;
    info.markdown = QString::fromUtf8(markdown);
    info.provenance.source = QStringLiteral(
        "guide; https://github.com/XiongjieDai/GPU-Benchmarks-on-LLM-Inference/blob/00dd2bd/README.md");
    info.provenance.sourceDate = QStringLiteral("2026-06");
    return info;
}

// Hits of "bandwidth", counted by hand over title + body as the reader sees them:
//   leaving-headroom      2 (both in the last sentence: "SSD bandwidth", "memory Bandwidth")
//   bandwidth-vs-tflops   4 (title, "## Decode: bandwidth-bound", "**bandwidth**", the table header)
//   buying-mistakes       0
std::vector<ArticleInfo> fixture()
{
    return {
        article("bandwidth-vs-tflops", "Memory bandwidth vs TFLOPS", "reference", 41,
                "Running a model has two phases with different bottlenecks.\n\n"
                "## Decode: bandwidth-bound\n\n"
                "Each new token reads every active weight from memory once, so decode speed follows memory "
                "**bandwidth**.\n\n"
                "| Machine | Bandwidth (GB/s) |\n| --- | --- |\n| M4 Pro | 273 |\n| RTX 4090 | 1008 |\n\n"
                "## Prefill: compute-bound\n\n"
                "Reading the prompt is compute-bound; TFLOPS matter here. See "
                "[llama.cpp](https://github.com/ggml-org/llama.cpp).\n"),
        article("leaving-headroom", "Leave headroom: why a 48 GB machine does not run a 48 GB model", "reference", 40,
                "The operating system, the KV cache and agent state share the same memory pool.\n\n"
                "## The rule LocalRig applies\n\n"
                "Keep the footprint at or below about **75% of memory**. Past the ceiling the machine swaps, "
                "because SSD bandwidth is a tiny fraction of memory Bandwidth.\n"),
        article("buying-mistakes", "Six common buying mistakes", "mistakes", 10,
                "## 1. Reading the wrong parameter count\n\n"
                "A \"35B\" MoE model still needs memory for all 35 billion weights; the active count only sets "
                "its speed.\n\n"
                "## 2. Buying for a leaderboard\n\n"
                "Pick the model your work needs, then the machine.\n"),
    };
}

// Records the links LocalRig hands to the desktop instead of letting a test open a browser.
class UrlRecorder final : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public slots:
    void openUrl(const QUrl& url) { urls.append(url); }
};

} // namespace

class TestGuidePage final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void testSearchMatchesWords_data();
    void testSearchMatchesWords();
    void testSearchRangesMergeAndStartWords();
    void testContentsGroupedByCategoryThenOrder();
    void testMarkdownRendersTitleHeadingAndTable();
    void testSourceLineNamesSourcesAndDate();
    void testSearchFiltersContentsAndCountsHits();
    void testHighlightsEqualHits();
    void testF3AndEnterStepThroughHits();
    void testLastHitMovesToNextArticle();
    void testMultiWordSearchNeedsEveryWord();
    void testNoMatchSaysSo();
    void testEscapeRestoresFullList();
    void testCtrlFFocusesSearch();
    void testHighlightsFollowPalette();
    void testOnlyWebLinksGoToTheDesktop();
    void testShippedArticlesCarryAllNineGuideCorrections();
    void testCorrectionStandsBesideItsPassage();

private:
    QTreeView* contents() const { return m_page->findChild<QTreeView*>(QStringLiteral("guideContentsTreeView")); }
    QTextBrowser* browser() const
    {
        return m_page->findChild<QTextBrowser*>(QStringLiteral("guideArticleTextBrowser"));
    }
    QLineEdit* searchEdit() const { return m_page->findChild<QLineEdit*>(QStringLiteral("guideSearchLineEdit")); }
    ArticleListModel* model() const { return qobject_cast<ArticleListModel*>(contents()->model()); }
    void search(const QString& text);

    std::unique_ptr<GuidePage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestGuidePage::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestGuidePage::init()
{
    m_page = std::make_unique<GuidePage>(fixture());
    m_tester
        = std::make_unique<QAbstractItemModelTester>(model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_page->resize(1280, 800);
    m_page->show();
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
}

void TestGuidePage::cleanup()
{
    m_tester.reset();
    m_page.reset();
}

void TestGuidePage::search(const QString& text)
{
    searchEdit()->setFocus();
    searchEdit()->clear();
    QTest::keyClicks(searchEdit(), text);
}

void TestGuidePage::testSearchMatchesWords_data()
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

void TestGuidePage::testSearchMatchesWords()
{
    QFETCH(QString, text);
    QFETCH(QString, query);
    QFETCH(int, hits);
    const ArticleSearch search(query);
    QCOMPARE(search.matches(text), hits > 0);
    QCOMPARE(search.hitCount(text), hits);
}

void TestGuidePage::testSearchRangesMergeAndStartWords()
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

void TestGuidePage::testContentsGroupedByCategoryThenOrder()
{
    QCOMPARE(model()->rowCount(), 2);
    QCOMPARE(model()->index(0, 0).data().toString(), QStringLiteral("Buying mistakes")); // first order 10
    QCOMPARE(model()->index(1, 0).data().toString(), QStringLiteral("Reference")); // first order 40
    QVERIFY(!(model()->flags(model()->index(1, 0)) & Qt::ItemIsSelectable));
    QCOMPARE(model()->visibleSlugs(),
             (QStringList{QStringLiteral("buying-mistakes"), QStringLiteral("leaving-headroom"),
                          QStringLiteral("bandwidth-vs-tflops")}));
    QCOMPARE(m_page->currentSlug(), QStringLiteral("buying-mistakes"));
    QVERIFY(contents()->isColumnHidden(ArticleListModel::Hits));
}

void TestGuidePage::testMarkdownRendersTitleHeadingAndTable()
{
    m_page->showArticle(QStringLiteral("bandwidth-vs-tflops"));
    const QTextDocument* document = browser()->document();
    QCOMPARE(document->firstBlock().blockFormat().headingLevel(), 1);
    QCOMPARE(document->firstBlock().text(), QStringLiteral("Memory bandwidth vs TFLOPS"));
    QStringList subheadings;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == 2) {
            subheadings.append(block.text());
        }
    }
    QCOMPARE(subheadings,
             (QStringList{QStringLiteral("Decode: bandwidth-bound"), QStringLiteral("Prefill: compute-bound")}));
    QTextTable* table = nullptr;
    for (QTextFrame* frame : document->rootFrame()->childFrames()) {
        table = table ? table : qobject_cast<QTextTable*>(frame);
    }
    QVERIFY(table);
    QCOMPARE(table->rows(), 3);
    QCOMPARE(table->cellAt(2, 1).firstCursorPosition().block().text(), QStringLiteral("1008"));
    QVERIFY(!document->toPlainText().contains(QStringLiteral("**")));
    QVERIFY(browser()->isReadOnly());
}

void TestGuidePage::testSourceLineNamesSourcesAndDate()
{
    const auto* label = m_page->findChild<QLabel*>(QStringLiteral("guideSourceLabel"));
    QVERIFY(label->text().contains(QStringLiteral("the 2026 local-AI hardware guide")));
    QVERIFY(label->text().contains(QStringLiteral(
        "href=\"https://github.com/XiongjieDai/GPU-Benchmarks-on-LLM-Inference/blob/00dd2bd/README.md\"")));
    QVERIFY(label->text().contains(QStringLiteral("June 2026")));
}

void TestGuidePage::testSearchFiltersContentsAndCountsHits()
{
    search(QStringLiteral("bandwidth"));
    QCOMPARE(model()->visibleSlugs(),
             (QStringList{QStringLiteral("leaving-headroom"), QStringLiteral("bandwidth-vs-tflops")}));
    QCOMPARE(model()->rowCount(), 1); // only "Reference" is left
    const QModelIndex reference = model()->index(0, 0);
    QCOMPARE(model()->index(0, ArticleListModel::Hits, reference).data().toString(), QStringLiteral("2"));
    QCOMPARE(model()->index(1, ArticleListModel::Hits, reference).data().toString(), QStringLiteral("4"));
    QCOMPARE(model()->index(1, 0, reference).data(ArticleListModel::HitCountRole).toInt(), 4);
    QVERIFY(!contents()->isColumnHidden(ArticleListModel::Hits));
    // The shown article had no hit, so the first article with hits is shown instead.
    QCOMPARE(m_page->currentSlug(), QStringLiteral("leaving-headroom"));
    const auto* status = m_page->findChild<QLabel*>(QStringLiteral("guideSearchStatusLabel"));
    // "6 hit(s) in 2 article(s)" until an English catalogue supplies the plural forms.
    QVERIFY2(status->text().contains(QRegularExpression(QStringLiteral("^6 hit.* in 2 article"))),
             qPrintable(status->text()));
    QVERIFY2(status->text().contains(QStringLiteral("Hit 1 of 2 in this article")), qPrintable(status->text()));
}

void TestGuidePage::testHighlightsEqualHits()
{
    search(QStringLiteral("bandwidth"));
    QCOMPARE(browser()->extraSelections().size(), 2);
    contents()->setCurrentIndex(model()->indexOf(QStringLiteral("bandwidth-vs-tflops")));
    QCOMPARE(m_page->currentSlug(), QStringLiteral("bandwidth-vs-tflops"));
    const QList<QTextEdit::ExtraSelection> selections = browser()->extraSelections();
    QCOMPARE(selections.size(), 4);
    for (const QTextEdit::ExtraSelection& selection : selections) {
        QCOMPARE(selection.cursor.selectedText().toLower(), QStringLiteral("bandwidth"));
    }
    // The current hit wears the palette's own highlight colours.
    const QPalette palette = browser()->palette();
    QCOMPARE(selections.at(0).format.background().color(), palette.color(QPalette::Active, QPalette::Highlight));
    QCOMPARE(selections.at(0).format.foreground().color(), palette.color(QPalette::Active, QPalette::HighlightedText));
}

void TestGuidePage::testF3AndEnterStepThroughHits()
{
    search(QStringLiteral("bandwidth"));
    const std::vector<TextRange> hits = m_page->hitRanges();
    QCOMPARE(hits.size(), size_t(2));
    QCOMPARE(browser()->textCursor().selectionStart(), hits[0].start);
    QTest::keyClick(searchEdit(), Qt::Key_F3);
    QCOMPARE(m_page->currentHit(), 1);
    QCOMPARE(browser()->textCursor().selectionStart(), hits[1].start);
    QCOMPARE(browser()->textCursor().selectedText(), QStringLiteral("Bandwidth"));
    QTest::keyClick(searchEdit(), Qt::Key_F3, Qt::ShiftModifier);
    QCOMPARE(browser()->textCursor().selectionStart(), hits[0].start);
    QTest::keyClick(searchEdit(), Qt::Key_Return);
    QCOMPARE(browser()->textCursor().selectionStart(), hits[1].start);
}

void TestGuidePage::testLastHitMovesToNextArticle()
{
    search(QStringLiteral("bandwidth"));
    QTest::keyClick(searchEdit(), Qt::Key_F3);
    QTest::keyClick(searchEdit(), Qt::Key_F3); // past the 2nd and last hit of leaving-headroom
    QCOMPARE(m_page->currentSlug(), QStringLiteral("bandwidth-vs-tflops"));
    QCOMPARE(m_page->currentHit(), 0);
    QCOMPARE(contents()->currentIndex().data(ArticleListModel::SlugRole).toString(), m_page->currentSlug());
    QTest::keyClick(searchEdit(), Qt::Key_F3, Qt::ShiftModifier); // back to the last hit of the previous one
    QCOMPARE(m_page->currentSlug(), QStringLiteral("leaving-headroom"));
    QCOMPARE(m_page->currentHit(), 1);
}

void TestGuidePage::testMultiWordSearchNeedsEveryWord()
{
    search(QStringLiteral("Bandwidth CEILING"));
    QCOMPARE(model()->visibleSlugs(), QStringList{QStringLiteral("leaving-headroom")});
    QCOMPARE(model()->hitCount(QStringLiteral("leaving-headroom")), 3); // 2 x bandwidth + 1 x ceiling
    QCOMPARE(browser()->extraSelections().size(), 3);
}

void TestGuidePage::testNoMatchSaysSo()
{
    search(QStringLiteral("bandwidth zebra"));
    QCOMPARE(model()->rowCount(), 0);
    const auto* status = m_page->findChild<QLabel*>(QStringLiteral("guideSearchStatusLabel"));
    QCOMPARE(status->text(), QStringLiteral("No article contains every word."));
    QVERIFY(browser()->extraSelections().isEmpty());
}

void TestGuidePage::testEscapeRestoresFullList()
{
    search(QStringLiteral("bandwidth"));
    QCOMPARE(model()->visibleSlugs().size(), 2);
    browser()->setFocus();
    QTest::keyClick(browser(), Qt::Key_Escape);
    QVERIFY(searchEdit()->text().isEmpty());
    QCOMPARE(model()->visibleSlugs().size(), 3);
    QCOMPARE(model()->rowCount(), 2);
    QVERIFY(browser()->extraSelections().isEmpty());
    QCOMPARE(m_page->currentSlug(), QStringLiteral("leaving-headroom")); // the article read stays open
    QVERIFY(contents()->isColumnHidden(ArticleListModel::Hits));
}

void TestGuidePage::testCtrlFFocusesSearch()
{
    contents()->setFocus();
    QTest::keyClick(contents(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(searchEdit()->hasFocus());
    QTest::keyClick(searchEdit(), Qt::Key_Down);
    QVERIFY(contents()->hasFocus());
}

void TestGuidePage::testHighlightsFollowPalette()
{
    QPalette dark = m_page->palette();
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    dark.setColor(QPalette::HighlightedText, QColor(0x10, 0x10, 0x10));
    m_page->setPalette(dark);
    search(QStringLiteral("bandwidth"));
    const QList<QTextEdit::ExtraSelection> selections = browser()->extraSelections();
    QCOMPARE(selections.at(0).format.background().color(), QColor(0x3d, 0xae, 0xe9));
    QCOMPARE(selections.at(0).format.foreground().color(), QColor(0x10, 0x10, 0x10));
    QCOMPARE(selections.at(1).format.background().color().rgb(), QColor(0x3d, 0xae, 0xe9).rgb()); // translucent
}

void TestGuidePage::testOnlyWebLinksGoToTheDesktop()
{
    UrlRecorder recorder;
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &recorder, "openUrl");
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &recorder, "openUrl");
    emit browser()->anchorClicked(QUrl(QStringLiteral("https://github.com/ggml-org/llama.cpp")));
    emit browser()->anchorClicked(QUrl(QStringLiteral("file:///etc/passwd")));
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
    QCOMPARE(recorder.urls, QList<QUrl>{QUrl(QStringLiteral("https://github.com/ggml-org/llama.cpp"))});
    emit browser()->anchorClicked(QUrl(QStringLiteral("bandwidth-vs-tflops.md"))); // a link to another article
    QCOMPARE(m_page->currentSlug(), QStringLiteral("bandwidth-vs-tflops"));
}

// Issue 15: each of the nine guide figures that sources contradict is annotated in the shipped articles
// (db/catalog/articles), beside the passage standing where the guide's figure stood - once each.
void TestGuidePage::testShippedArticlesCarryAllNineGuideCorrections()
{
    const QDir folder(QStringLiteral(LOCALRIG_TEST_DATA_DIR "/../../db/catalog/articles"));
    const QStringList names = folder.entryList({QStringLiteral("*.md")}, QDir::Files);
    QVERIFY(!names.isEmpty());
    int placed = 0;
    std::vector<ArticleInfo> shipped;
    for (const QString& name : names) {
        QFile file(folder.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        auto parsed = localrig::db::parseArticle(QString::fromUtf8(file.readAll()), name);
        QVERIFY2(parsed, name.toUtf8().constData());
        placed += GuidePageCorrections::placedCount(parsed.value().slug, parsed.value().body);
        const localrig::db::ArticleEntry& a = parsed.value();
        ArticleInfo info{a.slug, a.title, a.category, a.order, a.body, {}};
        info.provenance.source = a.source.source;
        info.provenance.sourceDate = a.source.sourceDate;
        shipped.push_back(info);
    }
    // LOCALRIG_SCREENSHOT_DIR=... saves the Guide page showing the Tier article with its corrections.
    if (const QString dir = qEnvironmentVariable("LOCALRIG_SCREENSHOT_DIR"); !dir.isEmpty()) {
        GuidePage page(shipped);
        page.resize(1280, 800);
        page.showArticle(QStringLiteral("tiers-overview"));
        page.show();
        QVERIFY(page.grab().save(QDir(dir).filePath(QStringLiteral("guide-corrections-tiers.png"))));
        page.showArticle(QStringLiteral("platform-comparison"));
        QVERIFY(page.grab().save(QDir(dir).filePath(QStringLiteral("guide-corrections-platforms.png"))));
    }
    const std::vector<GuideCorrection> corrections = GuidePageCorrections::all();
    QCOMPARE(corrections.size(), std::size_t(9));
    QCOMPARE(placed, 9);
    QStringList ids;
    for (const GuideCorrection& c : corrections) {
        QVERIFY(!ids.contains(c.id));
        ids.append(c.id);
        QVERIFY(c.source.startsWith(QLatin1String("https://")));
    }
}

void TestGuidePage::testCorrectionStandsBesideItsPassage()
{
    m_page->setArticles(
        {article("faq", "Frequently asked questions", "faq", 1,
                 "## What is the best laptop for local AI?\n\n"
                 "For most developers a 48 GB MacBook Pro with M4 Pro (273 GB/s) or M5 Pro (307 GB/s).\n\n"
                 "## When do I really need 128 GB?\n\nRarely.\n")});
    m_page->showArticle(QStringLiteral("faq"));
    const QString text = browser()->toPlainText();
    const auto passage = text.indexOf(QLatin1String("For most developers a 48 GB MacBook Pro"));
    const auto note = text.indexOf(QLatin1String("Guide correction 6 of 9."));
    const auto next = text.indexOf(QLatin1String("When do I really need 128 GB?"));
    QVERIFY(passage >= 0);
    QVERIFY2(passage < note && note < next, qPrintable(text));
    QVERIFY(text.contains(QLatin1String("330 GB/s")));
    QVERIFY(text.contains(QLatin1String("307 GB/s for the M5 Pro")));
    // The annotation is searchable like the rest of the article.
    search(QStringLiteral("correction"));
    QCOMPARE(model()->hitCount(QStringLiteral("faq")), 1);
}

QTEST_MAIN(TestGuidePage)
#include "tst_guide_page.moc"
