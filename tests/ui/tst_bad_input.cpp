// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Every numeric field of the window typed into, key by key, with empty, text, negative, zero, NaN,
// infinite, huge, very long, hexadecimal and comma-decimal text: a refused value shows a message and
// leaves the last good value in force, and a dialog refuses to save while a field is wrong.
#include "PlanFixture.h"
#include "RecordingStore.h"
#include "TypedInput.h"
#include "ui/NumberField.h"
#include "ui/PlanInputsPanel.h"
#include "ui/PlatformEditorDialog.h"
#include "ui/PreferencesDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace localrig;

namespace {

ui::NumberField* fieldOf(QLineEdit* edit)
{
    return edit ? qobject_cast<ui::NumberField*>(edit->parentWidget()) : nullptr;
}

core::Platform gpuBox()
{
    core::Platform p;
    p.id = "my_gpu_box";
    p.name = "My GPU box";
    p.vendor = "NVIDIA";
    p.formFactor = "desktop";
    p.memoryKind = core::MemoryKind::Discrete;
    p.backend = core::Backend::Cuda;
    p.memoryGiB = 64.0;
    p.vramGiB = 24.0;
    p.bandwidthGBs = 1008.0;
    p.fp16Tflops = 165.0;
    p.loadWatts = 450.0;
    p.priceUsd = 2500.0;
    return p;
}

} // namespace

class TestUiBadInput final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void testNumberFieldKeepsTheLastGoodValue_data();
    void testNumberFieldKeepsTheLastGoodValue();
    void testPlanPageFieldsKeepTheLastGoodValue_data();
    void testPlanPageFieldsKeepTheLastGoodValue();
    void testPreferencesRefuseToSaveABadValue_data();
    void testPreferencesRefuseToSaveABadValue();
    void testPlatformEditorRefusesToSaveABadValue_data();
    void testPlatformEditorRefusesToSaveABadValue();
    void testSpinBoxesKeepAValueInRange();
    void cleanupTestCase();

private:
    QTemporaryDir m_dir;
    int m_tried = 0;
    int m_handled = 0;
    int m_silent = 0; // typed one number, the field kept another (expected failures, reported)
};

void TestUiBadInput::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    QVERIFY(m_dir.isValid());
}

void TestUiBadInput::testNumberFieldKeepsTheLastGoodValue_data()
{
    QTest::addColumn<double>("minimum");
    QTest::addColumn<double>("maximum");
    QTest::addColumn<bool>("allowEmpty");
    QTest::addColumn<QString>("text");
    for (const QString& text : test::badTexts()) {
        QTest::addRow("budget 1-1e7, may be empty: %s", qPrintable(test::shownAs(text))) << 1.0 << 1e7 << true << text;
        QTest::addRow("hours 0-24: %s", qPrintable(test::shownAs(text))) << 0.0 << 24.0 << false << text;
    }
}

void TestUiBadInput::testNumberFieldKeepsTheLastGoodValue()
{
    QFETCH(double, minimum);
    QFETCH(double, maximum);
    QFETCH(bool, allowEmpty);
    QFETCH(QString, text);
    ++m_tried;
    ui::NumberField field(minimum, maximum, allowEmpty);
    field.setValue(8.0);
    field.show();
    QVERIFY(QTest::qWaitForWindowExposed(&field));
    test::retype(field.lineEdit(), text);
    // Only an empty optional field and a 0 where 0 is allowed are values; everything else is refused.
    const bool empty = text.isEmpty() && allowEmpty;
    const bool zero = text == u"0" && minimum <= 0.0;
    QCOMPARE(test::acceptedValue(text, minimum, maximum, allowEmpty).has_value(), empty || zero); // the rule itself
    if (empty || zero) {
        QVERIFY(field.isAcceptable());
        QCOMPARE(field.value(), empty ? std::nullopt : std::optional<double>(0.0));
        QVERIFY(field.errorText().isEmpty());
    } else {
        QVERIFY(!field.isAcceptable());
        // The last good value stays in force: e.g. 1e308 in 0-24 leaves 1 (typed as "1"), never 1e308.
        QCOMPARE(field.value(), test::valueAfterTyping(text, 8.0, minimum, maximum, allowEmpty));
        QVERIFY(field.errorText().startsWith(QStringLiteral("Enter a number from")));
        QVERIFY(field.findChild<QLabel*>(QStringLiteral("numberErrorLabel"))->isVisible());
    }
    ++m_handled;
}

void TestUiBadInput::testPlanPageFieldsKeepTheLastGoodValue_data()
{
    QTest::addColumn<QString>("edit");
    QTest::addColumn<QString>("text");
    for (const char* edit : {"budgetLineEdit", "apiSpendLineEdit", "electricityLineEdit", "hoursLineEdit"}) {
        for (const QString& text : test::badTexts()) {
            QTest::addRow("%s %s", edit, qPrintable(test::shownAs(text))) << QString::fromLatin1(edit) << text;
        }
    }
}

void TestUiBadInput::testPlanPageFieldsKeepTheLastGoodValue()
{
    QFETCH(QString, edit);
    QFETCH(QString, text);
    ++m_tried;
    const ui::CatalogData catalog = test::planFixture();
    ui::PlanInputsPanel panel(catalog);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto* lineEdit = panel.findChild<QLineEdit*>(edit);
    QVERIFY(lineEdit);
    const auto read = [&panel, &edit]() -> std::optional<double> {
        const ui::PlanInputs in = panel.inputs();
        if (edit == u"budgetLineEdit") {
            return in.budgetUsd;
        }
        return edit == u"apiSpendLineEdit" ? in.apiUsdPerMonth
                                           : (edit == u"electricityLineEdit" ? in.usdPerKwh : in.hoursPerDay);
    };
    test::retype(lineEdit, QStringLiteral("5"));
    QCOMPARE(read(), std::optional<double>(5.0));
    test::retype(lineEdit, text);
    // Budget may be empty (no limit) and must be 1 to 10,000,000 USD; API spend 0 to 10,000,000 USD,
    // electricity 0 to 10 USD/kWh and hours 0 to 24, none of them empty.
    const bool budget = edit == u"budgetLineEdit";
    const double minimum = budget ? 1.0 : 0.0;
    const double maximum = edit == u"electricityLineEdit" ? 10.0 : (edit == u"hoursLineEdit" ? 24.0 : 1e7);
    const bool good = (text.isEmpty() && budget) || (text == u"0" && !budget);
    QCOMPARE(test::acceptedValue(text, minimum, maximum, budget).has_value(), good);
    if (good) {
        QCOMPARE(read(), text.isEmpty() ? std::nullopt : std::optional<double>(0.0));
    } else {
        QCOMPARE(read(), test::valueAfterTyping(text, 5.0, minimum, maximum, budget));
        QVERIFY(!fieldOf(lineEdit)->errorText().isEmpty());
        QVERIFY(fieldOf(lineEdit)->findChild<QLabel*>(QStringLiteral("numberErrorLabel"))->isVisible());
    }
    ++m_handled;
}

void TestUiBadInput::testPreferencesRefuseToSaveABadValue_data()
{
    QTest::addColumn<QString>("edit");
    QTest::addColumn<QString>("text");
    for (const char* edit : {"exchangeRateLineEdit", "electricityLineEdit", "hoursLineEdit"}) {
        for (const QString& text : test::badTexts()) {
            QTest::addRow("%s %s", edit, qPrintable(test::shownAs(text))) << QString::fromLatin1(edit) << text;
        }
    }
}

void TestUiBadInput::testPreferencesRefuseToSaveABadValue()
{
    QFETCH(QString, edit);
    QFETCH(QString, text);
    ++m_tried;
    QSettings settings(m_dir.filePath(QStringLiteral("preferences.conf")), QSettings::IniFormat);
    settings.clear();
    ui::PreferencesDialog dialog(settings);
    auto* currency = dialog.findChild<QComboBox*>(QStringLiteral("currencyComboBox"));
    QVERIFY(currency);
    currency->setCurrentIndex(currency->findData(QStringLiteral("EUR"))); // the rate field only counts then
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* rate = dialog.findChild<QLineEdit*>(QStringLiteral("exchangeRateLineEdit"));
    auto* lineEdit = dialog.findChild<QLineEdit*>(edit);
    QVERIFY(rate && lineEdit);
    test::retype(rate, QStringLiteral("0.9"));
    test::retype(lineEdit, QStringLiteral("5"));
    QPushButton* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    test::retype(lineEdit, text);
    // 0 is a fine electricity price and 0 hours a day; a rate must be positive and is required with EUR.
    const bool accepted = text == u"0" && edit != u"exchangeRateLineEdit";
    QCOMPARE(ok->isEnabled(), accepted);
    if (!accepted) {
        QVERIFY(!fieldOf(lineEdit)->errorText().isEmpty() || text.isEmpty());
        QTest::mouseClick(ok, Qt::LeftButton); // a disabled button: nothing is saved
        QVERIFY(dialog.isVisible());
        QVERIFY2(settings.allKeys().isEmpty(), qPrintable(settings.allKeys().join(QLatin1Char(' '))));
    }
    ++m_handled;
}

void TestUiBadInput::testPlatformEditorRefusesToSaveABadValue_data()
{
    QTest::addColumn<QString>("edit");
    QTest::addColumn<QString>("text");
    for (const char* edit : {"memoryLineEdit", "vramLineEdit", "bandwidthLineEdit", "tflopsLineEdit",
                             "loadWattsLineEdit", "priceLineEdit"}) {
        for (const QString& text : test::badTexts()) {
            QTest::addRow("%s %s", edit, qPrintable(test::shownAs(text))) << QString::fromLatin1(edit) << text;
        }
    }
}

void TestUiBadInput::testPlatformEditorRefusesToSaveABadValue()
{
    QFETCH(QString, edit);
    QFETCH(QString, text);
    ++m_tried;
    test::RecordingStore store;
    ui::PlatformEditorDialog dialog(store, ui::PlatformEditorDialog::Mode::Platform, gpuBox(), nullptr);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* lineEdit = dialog.findChild<QLineEdit*>(edit);
    auto* save = dialog.findChild<QPushButton*>(QStringLiteral("savePushButton"));
    auto* message = dialog.findChild<QLabel*>(QStringLiteral("validationMessageLabel"));
    QVERIFY(lineEdit && save && message);
    QVERIFY(save->isEnabled());
    const QString before = lineEdit->text();
    test::retype(lineEdit, text);
    const QString typed = lineEdit->text();
    // Where the field may be empty (TFLOPS, price) or 0 is a real figure, the dialog may save; what it
    // saves must then be exactly what the field shows, never a number the person did not type.
    if (save->isEnabled()) {
        const bool meant = (text.isEmpty() && (edit == u"tflopsLineEdit" || edit == u"priceLineEdit"))
            || (text == u"0" && edit != u"bandwidthLineEdit" && edit != u"tflopsLineEdit");
        if (!meant) {
            ++m_silent;
        }
        QVERIFY2(meant,
                 qPrintable(QStringLiteral("typed %1, the field holds '%2' and Save is enabled")
                                .arg(test::shownAs(text), typed.left(40))));
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(store.saved.size(), std::size_t(1));
        if (!meant) {
            return;
        }
    } else {
        QVERIFY(message->isVisible());
        QVERIFY(!message->text().isEmpty());
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(store.saved.empty());
        QVERIFY(dialog.isVisible());
        test::retype(lineEdit, before); // and the good value brings Save back
        QVERIFY(save->isEnabled());
    }
    ++m_handled;
}

void TestUiBadInput::testSpinBoxesKeepAValueInRange()
{
    // The agents and headroom spin boxes refuse keys that cannot make a number in range; whatever is
    // typed, the value they hold afterwards is in range and is the text they show.
    const ui::CatalogData catalog = test::planFixture();
    ui::PlanInputsPanel panel(catalog);
    QSettings settings(m_dir.filePath(QStringLiteral("spin.conf")), QSettings::IniFormat);
    ui::PreferencesDialog dialog(settings);
    panel.show();
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* agents = panel.findChild<QSpinBox*>(QStringLiteral("agentsSpinBox"));
    auto* headroom = dialog.findChild<QDoubleSpinBox*>(QStringLiteral("headroomDoubleSpinBox"));
    QVERIFY(agents && headroom);
    for (const QString& text : test::badTexts()) {
        ++m_tried;
        agents->setValue(3);
        test::retype(agents, text);
        QTest::keyClick(agents, Qt::Key_Return);
        QVERIFY2(agents->value() >= agents->minimum() && agents->value() <= agents->maximum(), qPrintable(text));
        QCOMPARE(agents->text(),
                 agents->value() == agents->minimum() ? agents->specialValueText() : QString::number(agents->value()));
        headroom->setValue(0.75);
        test::retype(headroom, text);
        QTest::keyClick(headroom, Qt::Key_Return);
        QVERIFY(headroom->value() >= 0.5 && headroom->value() <= 0.95);
        QCOMPARE(headroom->text(), headroom->textFromValue(headroom->value()));
        ++m_handled;
    }
}

void TestUiBadInput::cleanupTestCase()
{
    qInfo("bad inputs typed: %d; handled: %d; silently changed to another number: %d", m_tried, m_handled, m_silent);
}

QTEST_MAIN(TestUiBadInput)
#include "tst_bad_input.moc"
