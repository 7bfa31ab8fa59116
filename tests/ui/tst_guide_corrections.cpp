// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/ArticleFile.h"
#include "ui/ArticleListModel.h"
#include "ui/GuidePage.h"
#include "ui/GuidePageCorrections.h"

#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

#include <vector>

using namespace localrig::ui;

// The nine guide figures that sources contradict: each stands corrected in the shipped articles, and the
// Guide page shows a correction beside the passage it corrects, searchable like the rest.
class TestGuideCorrections final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void testShippedArticlesCarryAllNineGuideCorrections();
    void testCorrectionStandsBesideItsPassage();
};

// Issue 15: each of the nine guide figures that sources contradict is annotated in the shipped articles
// (db/catalog/articles), beside the passage standing where the guide's figure stood - once each.
void TestGuideCorrections::testShippedArticlesCarryAllNineGuideCorrections()
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

void TestGuideCorrections::testCorrectionStandsBesideItsPassage()
{
    ArticleInfo faq{
        QStringLiteral("faq"),
        QStringLiteral("Frequently asked questions"),
        QStringLiteral("faq"),
        1,
        QStringLiteral("## What is the best laptop for local AI?\n\n"
                       "For most developers a 48 GB MacBook Pro with M4 Pro (273 GB/s) or M5 Pro (307 GB/s).\n\n"
                       "## When do I really need 128 GB?\n\nRarely.\n"),
        {}};
    GuidePage page({faq});
    page.resize(1280, 800);
    page.show();
    page.showArticle(QStringLiteral("faq"));
    const QString text = page.findChild<QTextBrowser*>(QStringLiteral("guideArticleTextBrowser"))->toPlainText();
    const auto passage = text.indexOf(QLatin1String("For most developers a 48 GB MacBook Pro"));
    const auto note = text.indexOf(QLatin1String("Guide correction 6 of 9."));
    const auto next = text.indexOf(QLatin1String("When do I really need 128 GB?"));
    QVERIFY(passage >= 0);
    QVERIFY2(passage < note && note < next, qPrintable(text));
    QVERIFY(text.contains(QLatin1String("330 GB/s")));
    QVERIFY(text.contains(QLatin1String("307 GB/s for the M5 Pro")));
    // The annotation is searchable like the rest of the article.
    auto* search = page.findChild<QLineEdit*>(QStringLiteral("guideSearchLineEdit"));
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("correction"));
    auto* contents = page.findChild<QTreeView*>(QStringLiteral("guideContentsTreeView"));
    QCOMPARE(qobject_cast<ArticleListModel*>(contents->model())->hitCount(QStringLiteral("faq")), 1);
}

QTEST_MAIN(TestGuideCorrections)
#include "tst_guide_corrections.moc"
