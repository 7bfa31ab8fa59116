// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordingStore.h"
#include "ui/PlatformEditorDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTimer>

using namespace localrig;

namespace {

core::Platform mac48()
{
    core::Platform p;
    p.id = "mac_48";
    p.name = "Mac 48GB";
    p.vendor = "Apple";
    p.formFactor = "laptop";
    p.memoryKind = core::MemoryKind::Unified;
    p.backend = core::Backend::Metal;
    p.memoryGiB = 48;
    p.bandwidthGBs = 273;
    p.loadWatts = 60;
    p.gpuLimitGiB = 36; // not on the form: must survive an edit
    p.priceUsd = 1999;
    p.portable = true;
    return p;
}

QLineEdit* edit(const QWidget& dialog, const char* name)
{
    return dialog.findChild<QLineEdit*>(QString::fromLatin1(name));
}

QPushButton* button(const QWidget& dialog, const char* name)
{
    return dialog.findChild<QPushButton*>(QString::fromLatin1(name));
}

QString message(const QWidget& dialog)
{
    auto* label = dialog.findChild<QLabel*>(QStringLiteral("validationMessageLabel"));
    return label && label->isVisible() ? label->text() : QString();
}

void fillValidMachine(const QWidget& dialog)
{
    QTest::keyClicks(edit(dialog, "nameLineEdit"), QStringLiteral("Studio Box"));
    QTest::keyClicks(edit(dialog, "vendorLineEdit"), QStringLiteral("Acme"));
    QTest::keyClicks(edit(dialog, "memoryLineEdit"), QStringLiteral("64"));
    QTest::keyClicks(edit(dialog, "bandwidthLineEdit"), QStringLiteral("400"));
    QTest::keyClicks(edit(dialog, "loadWattsLineEdit"), QStringLiteral("120"));
}

} // namespace

class TestPlatformEditor final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void testNewMachineStartsDisabledAndSaysWhy();
    void testRefusesBadValueWithVisibleMessage();
    void testMistypedNumbersStayAsTypedAndAreRefused();
    void testCoreRejectsDiscreteGpuWithoutVram();
    void testSaveSendsTypedFigures();
    void testResetRestoresOpeningValues();
    void testCtrlZUndoesTyping();
    void testEditKeepsFieldsNotOnTheForm();
    void testStoreErrorKeepsDialogOpen();
};

void TestPlatformEditor::testNewMachineStartsDisabledAndSaysWhy()
{
    test::RecordingStore store;
    ui::PlatformEditorDialog dialog(store, ui::PlatformEditorDialog::Mode::Platform, std::nullopt);
    dialog.show();
    QVERIFY(!button(dialog, "savePushButton")->isEnabled());
    QVERIFY(message(dialog).startsWith(u"Name"));
    fillValidMachine(dialog);
    QVERIFY2(button(dialog, "savePushButton")->isEnabled(), qPrintable(message(dialog)));
    QCOMPARE(message(dialog), QString());
    QVERIFY(store.saved.empty()); // nothing is written before Save
}

void TestPlatformEditor::testRefusesBadValueWithVisibleMessage()
{
    test::RecordingStore store;
    ui::PlatformEditorDialog dialog(store, ui::PlatformEditorDialog::Mode::Platform, std::nullopt);
    dialog.show();
    fillValidMachine(dialog);
    QLineEdit* bandwidth = edit(dialog, "bandwidthLineEdit");
    bandwidth->clear();
    QTest::keyClicks(bandwidth, QStringLiteral("0"));
    QCOMPARE(bandwidth->text(), QStringLiteral("0")); // accepted as a keystroke, refused as a value
    QVERIFY(!button(dialog, "savePushButton")->isEnabled());
    QCOMPARE(message(dialog), QStringLiteral("Bandwidth (GB/s): 0 is not a number from 0.1 to 1000000."));
    bandwidth->clear();
    QCOMPARE(message(dialog), QStringLiteral("Bandwidth (GB/s): this figure is required."));
    QTest::keyClicks(bandwidth, QStringLiteral("0.5"));
    QVERIFY(button(dialog, "savePushButton")->isEnabled());
}

void TestPlatformEditor::testMistypedNumbersStayAsTypedAndAreRefused()
{
    // Nothing is dropped while typing (that turned "6x4" into 64 and "-5" into 5 without a word); the
    // text stays as typed, the message says what is wrong and Save stays off.
    test::RecordingStore store;
    ui::PlatformEditorDialog dialog(store, ui::PlatformEditorDialog::Mode::Platform, std::nullopt);
    dialog.show();
    QTest::keyClicks(edit(dialog, "nameLineEdit"), QStringLiteral("Studio Box"));
    QTest::keyClicks(edit(dialog, "vendorLineEdit"), QStringLiteral("Acme"));
    QTest::keyClicks(edit(dialog, "memoryLineEdit"), QStringLiteral("6x4"));
    QCOMPARE(edit(dialog, "memoryLineEdit")->text(), QStringLiteral("6x4"));
    QVERIFY(!button(dialog, "savePushButton")->isEnabled());
    QVERIFY2(message(dialog).contains(QStringLiteral("6x4 is not a number")), qPrintable(message(dialog)));
    edit(dialog, "memoryLineEdit")->clear();
    QTest::keyClicks(edit(dialog, "memoryLineEdit"), QStringLiteral("64"));
    QTest::keyClicks(edit(dialog, "loadWattsLineEdit"), QStringLiteral("-5"));
    QCOMPARE(edit(dialog, "loadWattsLineEdit")->text(), QStringLiteral("-5"));
    QVERIFY(!button(dialog, "savePushButton")->isEnabled());
}

void TestPlatformEditor::testCoreRejectsDiscreteGpuWithoutVram()
{
    test::RecordingStore store;
    ui::PlatformEditorDialog dialog(store, ui::PlatformEditorDialog::Mode::Platform, std::nullopt);
    dialog.show();
    fillValidMachine(dialog);
    auto* kind = dialog.findChild<QComboBox*>(QStringLiteral("memoryKindComboBox"));
    kind->setCurrentIndex(kind->findData(static_cast<int>(core::MemoryKind::Discrete)));
    QLineEdit* vram = edit(dialog, "vramLineEdit");
    QVERIFY(vram->isEnabled());
    QTest::keyClicks(vram, QStringLiteral("0"));
    // The field accepts 0; core::validated does not, for a discrete GPU.
    QVERIFY(!button(dialog, "savePushButton")->isEnabled());
    QVERIFY2(message(dialog).contains(u"discrete GPU needs its VRAM"), qPrintable(message(dialog)));
    QTest::keyClicks(vram, QStringLiteral(".5"));
    QVERIFY(button(dialog, "savePushButton")->isEnabled());
}

void TestPlatformEditor::testSaveSendsTypedFigures()
{
    test::RecordingStore store;
    ui::PlatformEditorDialog dialog(store, ui::PlatformEditorDialog::Mode::Platform, std::nullopt);
    dialog.show();
    fillValidMachine(dialog);
    QTest::keyClicks(edit(dialog, "priceLineEdit"), QStringLiteral("2499.5"));
    dialog.findChild<QCheckBox*>(QStringLiteral("portableCheckBox"))->setChecked(true);
    auto* backend = dialog.findChild<QComboBox*>(QStringLiteral("backendComboBox"));
    backend->setCurrentIndex(backend->findData(static_cast<int>(core::Backend::Vulkan)));
    button(dialog, "savePushButton")->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(store.saved.size(), std::size_t(1));
    const core::Platform& p = store.saved.front();
    QCOMPARE(p.id, std::string("my_studio_box"));
    QCOMPARE(p.name, std::string("Studio Box"));
    QCOMPARE(p.vendor, std::string("Acme"));
    QCOMPARE(p.memoryKind, core::MemoryKind::Unified);
    QCOMPARE(p.backend, core::Backend::Vulkan);
    QCOMPARE(p.memoryGiB, 64.0);
    QCOMPARE(p.vramGiB, 0.0);
    QCOMPARE(p.bandwidthGBs, 400.0);
    QCOMPARE(p.loadWatts, 120.0);
    QVERIFY(!p.fp16Tflops);
    QCOMPARE(p.priceUsd, std::optional<double>(2499.5));
    QVERIFY(p.portable);
}

void TestPlatformEditor::testResetRestoresOpeningValues()
{
    test::RecordingStore store;
    ui::PlatformEditorDialog dialog(store, ui::PlatformEditorDialog::Mode::Platform, mac48());
    dialog.show();
    QCOMPARE(edit(dialog, "bandwidthLineEdit")->text(), QStringLiteral("273"));
    edit(dialog, "nameLineEdit")->clear();
    QTest::keyClicks(edit(dialog, "bandwidthLineEdit"), QStringLiteral("9"));
    dialog.findChild<QCheckBox*>(QStringLiteral("portableCheckBox"))->setChecked(false);
    QVERIFY(!button(dialog, "savePushButton")->isEnabled());
    button(dialog, "resetPushButton")->click();
    QCOMPARE(edit(dialog, "nameLineEdit")->text(), QStringLiteral("Mac 48GB"));
    QCOMPARE(edit(dialog, "bandwidthLineEdit")->text(), QStringLiteral("273"));
    QCOMPARE(edit(dialog, "priceLineEdit")->text(), QStringLiteral("1999"));
    QVERIFY(dialog.findChild<QCheckBox*>(QStringLiteral("portableCheckBox"))->isChecked());
    QVERIFY(button(dialog, "savePushButton")->isEnabled());
    QVERIFY(dialog.isVisible());
    QVERIFY(store.saved.empty());
}

void TestPlatformEditor::testCtrlZUndoesTyping()
{
    test::RecordingStore store;
    ui::PlatformEditorDialog dialog(store, ui::PlatformEditorDialog::Mode::Platform, mac48());
    dialog.show();
    QLineEdit* memory = edit(dialog, "memoryLineEdit");
    memory->setFocus();
    memory->end(false);
    QTest::keyClicks(memory, QStringLiteral("0"));
    QCOMPARE(memory->text(), QStringLiteral("480"));
    QTest::keyClick(memory, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(memory->text(), QStringLiteral("48"));
}

void TestPlatformEditor::testEditKeepsFieldsNotOnTheForm()
{
    test::RecordingStore store;
    ui::PlatformEditorDialog dialog(store, ui::PlatformEditorDialog::Mode::Platform, mac48());
    dialog.show();
    QLineEdit* watts = edit(dialog, "loadWattsLineEdit");
    watts->clear();
    QTest::keyClicks(watts, QStringLiteral("75"));
    button(dialog, "savePushButton")->click();
    QCOMPARE(store.saved.size(), std::size_t(1));
    QCOMPARE(store.saved.front().id, std::string("mac_48"));
    QCOMPARE(store.saved.front().loadWatts, 75.0);
    QCOMPARE(store.saved.front().gpuLimitGiB, std::optional<double>(36.0));
}

void TestPlatformEditor::testStoreErrorKeepsDialogOpen()
{
    test::RecordingStore store;
    store.failure = Error{ErrorCode::Io, "disk full"};
    ui::PlatformEditorDialog dialog(store, ui::PlatformEditorDialog::Mode::Platform, mac48());
    dialog.show();
    QString shown;
    QTimer::singleShot(0, this, [&shown] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        QVERIFY(box);
        shown = box->text();
        box->accept();
    });
    button(dialog, "savePushButton")->click();
    QCOMPARE(shown, QStringLiteral("File error: disk full"));
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(edit(dialog, "nameLineEdit")->text(), QStringLiteral("Mac 48GB"));
}

QTEST_MAIN(TestPlatformEditor)
#include "tst_platform_editor.moc"
