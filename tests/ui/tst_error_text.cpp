// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 14: no English detail behind a translated prefix. Every fixed detail core/ and db/ write, and the
// shapes they compose, go through tr() (ui/ErrorText); a stand-in translator marks what was translated.
#include "core/Validation.h"
#include "ui/ErrorText.h"
#include "ui/Wording.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>

using namespace localrig;
using namespace localrig::ui;

namespace {

// Translates everything into "«…»", so a test can see which parts went through a translation.
class MarkingTranslator final : public QTranslator
{
public:
    QString translate(const char* context, const char* source, const char* disambiguation, int n) const override
    {
        Q_UNUSED(context);
        Q_UNUSED(disambiguation);
        Q_UNUSED(n);
        return QStringLiteral("«") + QString::fromUtf8(source) + QStringLiteral("»");
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestErrorText final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void testFixedDetailIsTranslated();
    void testRangeDetailTranslatesFieldAndLocalisesNumbers();
    void testCatalogLookupSaysMachine();
    void testUnknownShapeStaysAsWritten();
    void testEveryFixedDetailInCoreAndDbIsKnown();

private:
    MarkingTranslator m_translator;
};

void TestErrorText::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    QCoreApplication::installTranslator(&m_translator);
}

void TestErrorText::cleanupTestCase()
{
    QCoreApplication::removeTranslator(&m_translator);
}

void TestErrorText::testFixedDetailIsTranslated()
{
    // The first-start error of the Plan page (core/Workload.cpp).
    const Error error{ErrorCode::InvalidInput, "choose at least one workload"};
    QCOMPARE(Wording::error(error),
             QStringLiteral("«Invalid input: %1»").arg(QStringLiteral("«choose at least one workload»")));
}

void TestErrorText::testRangeDetailTranslatesFieldAndLocalisesNumbers()
{
    const auto sessions = core::requireIntInRange(20000, "sessions", 1, 10000);
    QVERIFY(!sessions);
    // Both the sentence and the field name went through a translation.
    QCOMPARE(ErrorText::detail(sessions.error().detail), QStringLiteral("««sessions» is 20000; expected 1 to 10000»"));
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QCoreApplication::removeTranslator(&m_translator);
    QCOMPARE(ErrorText::detail(sessions.error().detail), QStringLiteral("sessions is 20.000; expected 1 to 10.000"));
    const auto headroom = core::requireInRange(0.99, "headroom", 0.5, 0.95);
    QVERIFY(!headroom);
    QCOMPARE(ErrorText::detail(headroom.error().detail), QStringLiteral("headroom is 0,99; expected 0,5 to 0,95"));
    QCoreApplication::installTranslator(&m_translator);
    QLocale::setDefault(QLocale::c());
}

void TestErrorText::testCatalogLookupSaysMachine()
{
    QCoreApplication::removeTranslator(&m_translator);
    QCOMPARE(ErrorText::detail("no platform named 'mac' (closest: Mac mini, Mac Studio)"),
             QStringLiteral("no machine named 'mac' (closest: Mac mini, Mac Studio)"));
    QCOMPARE(ErrorText::detail("no model named 'qwen9'"), QStringLiteral("no model named 'qwen9'"));
    QCoreApplication::installTranslator(&m_translator);
    QVERIFY(ErrorText::isKnown("unknown workload 'codin'; known: coding-assistant, rag"));
    QVERIFY(ErrorText::isKnown("Qwen3 does not fit on Air 16 GB, so it has no speed there"));
}

void TestErrorText::testUnknownShapeStaysAsWritten()
{
    // A file's own I/O message is not the core's wording: it stays as written, behind the translated prefix.
    const std::string io = "/tmp/x.json: Permission denied";
    QVERIFY(!ErrorText::isKnown(io));
    QCOMPARE(ErrorText::detail(io), QString::fromStdString(io));
}

void TestErrorText::testEveryFixedDetailInCoreAndDbIsKnown()
{
    // A new fixed detail in core/ or db/ fails here until it is added to ui/ErrorText.cpp.
    const QRegularExpression literal(QStringLiteral("makeError\\(ErrorCode::\\w+,\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\)"));
    int found = 0;
    for (const char* folder : {"core", "db"}) {
        QDirIterator files(QStringLiteral(LOCALRIG_SOURCE_DIR "/") + QLatin1String(folder), {QStringLiteral("*.cpp")},
                           QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString source = QString::fromUtf8(file.readAll());
            for (auto it = literal.globalMatch(source); it.hasNext();) {
                const std::string detail = it.next().captured(1).toStdString();
                ++found;
                QVERIFY2(ErrorText::isKnown(detail),
                         qPrintable(file.fileName() + QStringLiteral(": ") + QString::fromStdString(detail)));
            }
        }
    }
    QVERIFY(found >= 40);
}

QTEST_MAIN(TestErrorText)
#include "tst_error_text.moc"
