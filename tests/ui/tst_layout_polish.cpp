// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 14: what a reviewer sees in the first five minutes. Notes are shown whole; with LOCALRIG_GRAB_DIR set,
// each case also saves a PNG there to be looked at.
#include "PlanFixture.h"
#include "ui/HardwarePage.h"
#include "ui/ModelsPage.h"
#include "ui/NoteText.h"
#include "ui/PreferencesDialog.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace localrig::ui;

namespace {

void grab(QWidget& widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("LOCALRIG_GRAB_DIR");
    if (!dir.isEmpty()) {
        widget.grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
    }
}

// The label shows every line of its text: as tall as its text needs at the width it was given.
bool shownWhole(const QLabel& label)
{
    return label.isVisible() && label.height() >= label.heightForWidth(label.width());
}

} // namespace

class TestLayoutPolish final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void testPreferencesNotesAreShownWhole_data();
    void testPreferencesNotesAreShownWhole();
    void testCatalogPagesFitA1280Screen_data();
    void testCatalogPagesFitA1280Screen();
    void testNotesMeasureAsQLabel_data();
    void testNotesMeasureAsQLabel();

private:
    QTemporaryDir m_dir;
};

void TestLayoutPolish::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestLayoutPolish::testPreferencesNotesAreShownWhole_data()
{
    QTest::addColumn<qreal>("fontScale");
    QTest::newRow("default font") << 1.0;
    QTest::newRow("12 pt font") << 12.0 / 9.0;
}

void TestLayoutPolish::testPreferencesNotesAreShownWhole()
{
    QFETCH(qreal, fontScale);
    const QFont systemFont = QApplication::font();
    QFont font = systemFont;
    font.setPointSizeF(font.pointSizeF() * fontScale);
    QApplication::setFont(font);
    QSettings settings(m_dir.filePath(QStringLiteral("prefs.conf")), QSettings::IniFormat);
    PreferencesDialog dialog(settings);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    grab(dialog,
         QStringLiteral("preferences-%1")
             .arg(QLatin1String(QTest::currentDataTag()))
             .replace(QLatin1Char(' '), QLatin1Char('-')));
    QApplication::setFont(systemFont);
    // It fits a 1280 x 800 screen (less a panel and the title bar), so nothing squeezes its notes.
    constexpr int kScreenRoom = 800 - 64;
    QVERIFY2(dialog.height() <= kScreenRoom, qPrintable(QString::number(dialog.height())));
    QVERIFY2(dialog.width() <= 1280, qPrintable(QString::number(dialog.width())));
    for (const char* name : {"headroomNoteLabel", "electricityNoteLabel", "verdictThresholdsLabel"}) {
        auto* label = dialog.findChild<QLabel*>(QLatin1String(name));
        QVERIFY(label);
        QVERIFY2(shownWhole(*label),
                 qPrintable(QStringLiteral("%1: %2 px for %3 px of text")
                                .arg(QLatin1String(name))
                                .arg(label->height())
                                .arg(label->heightForWidth(label->width()))));
    }
}

void TestLayoutPolish::testCatalogPagesFitA1280Screen_data()
{
    QTest::addColumn<qreal>("fontScale");
    QTest::newRow("default font") << 1.0;
    QTest::newRow("12 pt font") << 12.0 / 9.0;
}

void TestLayoutPolish::testCatalogPagesFitA1280Screen()
{
    QFETCH(qreal, fontScale);
    const QFont systemFont = QApplication::font();
    QFont font = systemFont;
    font.setPointSizeF(font.pointSizeF() * fontScale);
    QApplication::setFont(font);
    CatalogData catalog = localrig::test::planFixture();
    catalog.platforms.front().name = "AMD Ryzen AI Max+ 395 'Strix Halo' 128GB (e.g. Framework Desktop)";
    HardwarePage hardware(catalog, nullptr);
    hardware.selectPlatform(catalog.platforms.front().id);
    ModelsPage models(catalog);
    hardware.resize(1100, 700);
    hardware.show();
    QVERIFY(QTest::qWaitForWindowExposed(&hardware));
    grab(hardware, QStringLiteral("hardware-%1").arg(QLatin1String(QTest::currentDataTag())).replace(u' ', u'-'));
    QApplication::setFont(systemFont);
    // The window beside them has its page list (about 130 px): the pages leave room for it on 1280 px.
    constexpr int kPageRoom = 1280 - 130;
    QVERIFY2(hardware.minimumSizeHint().width() <= kPageRoom,
             qPrintable(QString::number(hardware.minimumSizeHint().width())));
    QVERIFY2(models.minimumSizeHint().width() <= kPageRoom,
             qPrintable(QString::number(models.minimumSizeHint().width())));
}

void TestLayoutPolish::testNotesMeasureAsQLabel_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("rich");
    QTest::addColumn<qreal>("fontScale");
    const QString list
        = NoteText::bulletList(QStringLiteral("Why"),
                               {QStringLiteral("Runs the 32B coder at 4 bits with room for a 32k context."),
                                QStringLiteral("Quiet enough for a desk; no second GPU needed.")});
    const QString sentence = QStringLiteral("Buy a used RTX 3090 24 GB desktop for about 1,400 dollars, or rent the "
                                            "same model from an API for 20 dollars a month.");
    QTest::newRow("bullet list") << list << true << 1.0;
    QTest::newRow("bullet list, large bold") << list << true << 1.35;
    QTest::newRow("sentence, plain") << sentence << false << 1.0;
    QTest::newRow("sentence, plain, large bold") << sentence << false << 1.35;
    QTest::newRow("one word") << QStringLiteral("Tier") << false << 1.0;
    QTest::newRow("empty") << QString() << true << 1.0;
}

void TestLayoutPolish::testNotesMeasureAsQLabel()
{
    // A note measures itself on a document of its own; what it answers is what QLabel answers for the same
    // selectable, wrapped label, so the layouts are the same as before.
    QFETCH(QString, text);
    QFETCH(bool, rich);
    QFETCH(qreal, fontScale);
    QWidget holder;
    QLabel* note = NoteText::label(&holder, QStringLiteral("note"));
    auto* label = new QLabel(&holder);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (QLabel* each : {note, label}) {
        each->setTextFormat(rich ? Qt::RichText : Qt::PlainText);
        QFont font = each->font();
        font.setPointSizeF(font.pointSizeF() * fontScale);
        font.setBold(fontScale > 1.0);
        each->setFont(font);
        each->setText(text);
    }
    QCOMPARE(note->sizeHint(), label->sizeHint());
    QCOMPARE(note->minimumSizeHint(), label->minimumSizeHint());
    for (int width : {0, 40, 120, 324, 837, 2000}) {
        QCOMPARE(note->heightForWidth(width), label->heightForWidth(width));
    }
    note->setText(text + QStringLiteral(" And one more sentence after it."));
    label->setText(note->text());
    QCOMPARE(note->sizeHint(), label->sizeHint());
    QCOMPARE(note->heightForWidth(200), label->heightForWidth(200));
}

QTEST_MAIN(TestLayoutPolish)
#include "tst_layout_polish.moc"
