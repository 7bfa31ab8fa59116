// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanFixture.h"
#include "ui/report/PdfReportWriter.h"
#include "ui/report/ReportBlocks.h"

#include <QFile>
#include <QFontMetricsF>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

using namespace localrig;
using namespace localrig::ui;

class TestPdfReport final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void testReportHoldsTheRecommendation();
    void testProgressRisesToAHundred();
    void testCancellingLeavesNoFile();
    void testUnwritablePathIsAnIoError();
    void testTableColumnsAreNeverNarrowerThanTheirLongestWord();

private:
    QString pdfToText(const QString& path, QStringList extra = {}) const;

    CatalogData m_catalog = test::planFixture();
    PlanCalculator m_calculator{m_catalog};
    QString m_pdftotext;
};

void TestPdfReport::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    m_pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (m_pdftotext.isEmpty()) {
        QSKIP("pdftotext (poppler-utils) is not installed");
    }
    PlanInputs inputs;
    inputs.workloads = {QStringLiteral("coding-assistant")};
    inputs.apiUsdPerMonth = 150.0;
    m_calculator.setInputs(inputs);
    QVERIFY(m_calculator.result().recommendation);
}

QString TestPdfReport::pdfToText(const QString& path, QStringList extra) const
{
    QProcess process;
    extra << QStringLiteral("-layout") << path << QStringLiteral("-");
    process.start(m_pdftotext, extra);
    process.waitForFinished(30000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

void TestPdfReport::testReportHoldsTheRecommendation()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.pdf"));
    const Result<void> written
        = writePdfReport(path, m_calculator.result(), m_calculator.inputs(), m_catalog, ProgressCallback());
    QVERIFY2(written, written ? "" : written.error().detail.c_str());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");

    const QString text = pdfToText(path);
    // Page N of M on every page; at least a title page, the tables and the charts.
    static const QRegularExpression pageOf(QStringLiteral("Page (\\d+) of (\\d+)"));
    QRegularExpressionMatch last;
    for (QRegularExpressionMatchIterator it = pageOf.globalMatch(text); it.hasNext();) {
        last = it.next();
    }
    QVERIFY(last.hasMatch());
    const int pages = last.captured(2).toInt();
    QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));
    QCOMPARE(text.count(QStringLiteral(" of %1").arg(pages)), pages);
    QCOMPARE(text.count(QLatin1Char('\f')), pages); // one form feed per page

    QVERIFY(text.contains(QStringLiteral("Tier 2 · 32–48 GB · Best value")));
    // Page 1 is the decision: the answer first, before any appendix.
    const qsizetype firstPage = text.indexOf(QLatin1Char('\f'));
    QVERIFY(text.indexOf(QStringLiteral("Buy this: Pro 48 GB — $2,399")) >= 0);
    QVERIFY(text.indexOf(QStringLiteral("Buy this: Pro 48 GB — $2,399")) < firstPage);
    QVERIFY(text.indexOf(QStringLiteral("The top machines")) < firstPage);
    QVERIFY(text.indexOf(QStringLiteral("Months after purchase")) < firstPage); // the cost chart is on page 1
    QVERIFY(text.indexOf(QStringLiteral("Appendix")) > firstPage);
    QVERIFY(!text.contains(QStringLiteral("../shared"))); // no path of the source tree
    for (const char* machine : {"Air 16 GB", "Pro 32 GB", "Pro 48 GB"}) {
        QVERIFY2(text.contains(QString::fromLatin1(machine)), machine);
    }
    // $2,399 / ($150 - $2.41 electricity) = 16.25: the 48 GB Mac breaks even in month 17.
    QVERIFY(text.contains(QStringLiteral("month 17")));
    QVERIFY(text.contains(QStringLiteral("break-even: month 17"))); // the TCO chart's label, drawn as text
    QVERIFY(text.contains(QStringLiteral("Sources")));
    QVERIFY(text.contains(QStringLiteral("Catalog date: 2026-11-20")));
    QVERIFY(text.contains(QStringLiteral("Assumptions and formulas")));
    QVERIFY(text.contains(QStringLiteral("pricing change frequently")));
    // The charts are vector graphics with text, not pictures: their axis titles are extractable.
    QVERIFY(text.contains(QStringLiteral("Months after purchase")));
    QVERIFY(text.contains(QStringLiteral("Memory (GB")));
    // Issue 17: the appendix gives the llama.cpp command each top machine's estimate assumes.
    QVERIFY(text.contains(QStringLiteral("Appendix: how to run it")));
    QVERIFY(text.indexOf(QStringLiteral("llama-server -m"), text.indexOf(QStringLiteral("how to run it"))) > 0);

    // A4 under the C locale: 595 x 842 points.
    QProcess info;
    info.start(QStandardPaths::findExecutable(QStringLiteral("pdfinfo")), {path});
    info.waitForFinished(30000);
    const QString infoText = QString::fromUtf8(info.readAllStandardOutput());
    if (!infoText.isEmpty()) {
        QVERIFY2(infoText.contains(QStringLiteral("(A4)")), qPrintable(infoText));
    }
}

void TestPdfReport::testProgressRisesToAHundred()
{
    QTemporaryDir dir;
    QList<int> seen;
    const Result<void> written = writePdfReport(dir.filePath(QStringLiteral("p.pdf")), m_calculator.result(),
                                                m_calculator.inputs(), m_catalog, [&seen](int percent) {
                                                    seen.append(percent);
                                                    return true;
                                                });
    QVERIFY(written);
    QVERIFY(seen.size() >= 5);
    QCOMPARE(seen.front(), 0);
    QCOMPARE(seen.back(), 100);
    QVERIFY(std::is_sorted(seen.begin(), seen.end()));
}

void TestPdfReport::testCancellingLeavesNoFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cancelled.pdf"));
    for (const int cancelAt : {0, 20, 50}) {
        const Result<void> written = writePdfReport(path, m_calculator.result(), m_calculator.inputs(), m_catalog,
                                                    [cancelAt](int percent) { return percent < cancelAt; });
        QVERIFY(!written);
        QVERIFY(isCancellation(written.error()));
        QVERIFY2(!QFile::exists(path), qPrintable(QString::number(cancelAt)));
    }
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList()); // no temporary file left behind either
}

void TestPdfReport::testUnwritablePathIsAnIoError()
{
    const Result<void> written = writePdfReport(QStringLiteral("/nonexistent-dir/x.pdf"), m_calculator.result(),
                                                m_calculator.inputs(), m_catalog);
    QVERIFY(!written);
    QCOMPARE(written.error().code, ErrorCode::Io);
    QVERIFY(!isCancellation(written.error()));
}

QTEST_MAIN(TestPdfReport)
void TestPdfReport::testTableColumnsAreNeverNarrowerThanTheirLongestWord()
{
    const auto widthsOf = [](const QList<QStringList>& rows, const QList<double>& preferred) {
        QTextDocument doc;
        doc.setPageSize(QSizeF(600.0, 800.0));
        QTextCursor cursor(&doc);
        report::table(cursor, rows, preferred, 1);
        QList<double> percent;
        for (QTextFrame* frame : doc.rootFrame()->childFrames()) {
            if (auto* table = qobject_cast<QTextTable*>(frame)) {
                for (const QTextLength& length : table->format().columnWidthConstraints()) {
                    percent.append(length.rawValue());
                }
            }
        }
        return percent;
    };
    // Short words in both columns: the preferred 10 / 90 stands.
    QCOMPARE(widthsOf({{QStringLiteral("#"), QStringLiteral("Machine")}, {QStringLiteral("1"), QStringLiteral("x")}},
                      {10.0, 90.0}),
             (QList<double>{10.0, 90.0}));
    // "Gesamtspeicherbandbreite" cannot wrap: its column grows from 2 % to the word (plus padding), taken from the
    // other column, and the two still make the whole width.
    const QString word = QStringLiteral("Gesamtspeicherbandbreite");
    const QList<double> widened = widthsOf(
        {{QStringLiteral("Speicher"), QStringLiteral("Warum")}, {word, QStringLiteral("schnell")}}, {2.0, 98.0});
    QCOMPARE(widened.size(), 2);
    QFont font = QTextDocument().defaultFont();
    font.setPointSizeF(report::kTablePoints);
    QVERIFY2(widened[0] / 100.0 * 600.0 > QFontMetricsF(font).horizontalAdvance(word),
             qPrintable(QString::number(widened[0])));
    QVERIFY(widened[0] < 50.0);
    QVERIFY(std::abs(widened[0] + widened[1] - 100.0) < 1e-9);
}

#include "tst_pdf_report.moc"
