// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ArticleListModel.h"
#include "ui/GuidePage.h"

#include <QAbstractItemModelTester>
#include <QDesktopServices>
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

QTEST_MAIN(TestGuidePage)
#include "tst_guide_page.moc"
