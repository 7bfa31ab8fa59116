// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/NumberField.h"
#include "ui/Preferences.h"
#include "ui/PreferencesDialog.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace localrig;
using namespace localrig::ui;

class TestPreferences final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void testDefaultsWhenNothingIsStored();
    void testRoundTripThroughSettings();
    void testLoadRefusesOutOfRangeValues();
    void testDialogShowsStoredValues();
    void testHeadroomAbove095IsRefused();
    void testBadElectricityPriceIsRefusedWithMessage();
    void testOtherCurrencyNeedsARateAndRecordsItsDate();
    void testOkPersistsAndEmits();
    void testCancelLeavesSettingsUntouched();
    void testRestoreDefaultsRefillsFieldsOnly();
    void testLanguageSaysRestartIsNeeded();
    void testGermanLocaleFormatsNumbers();
    void testClearButtonShowsWithTextAndClears();

private:
    template <class T>
    T* child(QWidget* parent, const char* name) const
    {
        return parent->findChild<T*>(QString::fromLatin1(name));
    }
    QPushButton* button(PreferencesDialog& dialog, QDialogButtonBox::StandardButton which) const
    {
        return child<QDialogButtonBox>(&dialog, "preferencesDialogButtonBox")->button(which);
    }
    static void retype(QLineEdit* edit, const QString& text);
    Preferences custom() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
};

void TestPreferences::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    QStandardPaths::setTestModeEnabled(true);
}

void TestPreferences::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("localrig.conf")), QSettings::IniFormat);
}

void TestPreferences::cleanup()
{
    m_settings.reset();
    m_dir.reset();
}

void TestPreferences::retype(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

Preferences TestPreferences::custom() const
{
    Preferences p;
    p.currency = QStringLiteral("EUR");
    p.exchangeRate = 0.92;
    p.exchangeRateDate = QDate(2026, 3, 1);
    p.electricityUsdPerKwh = 0.31;
    p.hoursPerDay = 6.0;
    p.headroom = 0.7;
    p.kvType = core::KvCacheType::Q8_0;
    p.language = QStringLiteral("de");
    return p;
}

void TestPreferences::testDefaultsWhenNothingIsStored()
{
    const Preferences p = Preferences::load(*m_settings);
    QCOMPARE(p.currency, QStringLiteral("USD"));
    QCOMPARE(p.exchangeRate, 1.0);
    QCOMPARE(p.electricityUsdPerKwh, 0.1648);
    QCOMPARE(p.hoursPerDay, 8.0);
    QCOMPARE(p.headroom, 0.75);
    QCOMPARE(p.kvType, core::KvCacheType::F16);
    QCOMPARE(p.language, QStringLiteral("system"));
}

void TestPreferences::testRoundTripThroughSettings()
{
    custom().save(*m_settings);
    m_settings->sync();
    QCOMPARE(m_settings->value(QStringLiteral("sizing/headroom")).toDouble(), 0.7);
    QCOMPARE(m_settings->value(QStringLiteral("sizing/kvCacheType")).toString(), QStringLiteral("q8_0"));
    QCOMPARE(m_settings->value(QStringLiteral("display/exchangeRateDate")).toString(), QStringLiteral("2026-03-01"));
    const QSettings reopened(m_settings->fileName(), QSettings::IniFormat);
    QVERIFY(Preferences::load(reopened) == custom());
}

void TestPreferences::testLoadRefusesOutOfRangeValues()
{
    m_settings->setValue(QStringLiteral("sizing/headroom"), 0.99);
    m_settings->setValue(QStringLiteral("sizing/kvCacheType"), QStringLiteral("q2_k"));
    m_settings->setValue(QStringLiteral("costs/electricityUsdPerKwh"), -1.0);
    m_settings->setValue(QStringLiteral("costs/hoursPerDay"), QStringLiteral("all day"));
    m_settings->setValue(QStringLiteral("display/language"), QStringLiteral("../../etc"));
    m_settings->setValue(QStringLiteral("display/currency"), QStringLiteral("EUR")); // and no rate
    const Preferences p = Preferences::load(*m_settings);
    QVERIFY(p == Preferences());
}

void TestPreferences::testDialogShowsStoredValues()
{
    custom().save(*m_settings);
    PreferencesDialog dialog(*m_settings);
    QCOMPARE(child<QComboBox>(&dialog, "currencyComboBox")->currentText(), QStringLiteral("EUR"));
    QCOMPARE(child<QLineEdit>(&dialog, "exchangeRateLineEdit")->text(), QStringLiteral("0.92"));
    QCOMPARE(child<QDoubleSpinBox>(&dialog, "headroomDoubleSpinBox")->value(), 0.7);
    QCOMPARE(child<QComboBox>(&dialog, "kvCacheComboBox")->currentData().toString(), QStringLiteral("q8_0"));
    QCOMPARE(child<QComboBox>(&dialog, "languageComboBox")->currentText(), QStringLiteral("Deutsch"));
    QVERIFY(child<QLabel>(&dialog, "exchangeRateNoteLabel")->text().contains(QStringLiteral("1 March 2026")));
    QVERIFY(dialog.preferences() == custom());
}

void TestPreferences::testHeadroomAbove095IsRefused()
{
    PreferencesDialog dialog(*m_settings);
    dialog.show();
    auto* spin = child<QDoubleSpinBox>(&dialog, "headroomDoubleSpinBox");
    QCOMPARE(spin->decimals(), 2);
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, QStringLiteral("0.99")); // the last 9 is refused: 0.99 is above the range
    QCOMPARE(spin->text(), QStringLiteral("0.9"));
    spin->setValue(0.99);
    QCOMPARE(spin->value(), 0.95);
    QTest::mouseClick(button(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
    QCOMPARE(Preferences::load(*m_settings).headroom, 0.95);
}

void TestPreferences::testBadElectricityPriceIsRefusedWithMessage()
{
    PreferencesDialog dialog(*m_settings);
    dialog.show();
    auto* field = child<QLineEdit>(&dialog, "electricityLineEdit");
    retype(field, QStringLiteral("12"));
    auto* numberField = qobject_cast<NumberField*>(field->parentWidget());
    QVERIFY(numberField);
    QCOMPARE(numberField->errorText(),
             QStringLiteral("Enter a number from 0 to 10; the last valid value is still used."));
    QVERIFY(!button(dialog, QDialogButtonBox::Ok)->isEnabled());
    retype(field, QStringLiteral("0.25"));
    QVERIFY(numberField->errorText().isEmpty());
    QVERIFY(button(dialog, QDialogButtonBox::Ok)->isEnabled());
    QCOMPARE(dialog.preferences().electricityUsdPerKwh, 0.25);
}

void TestPreferences::testOtherCurrencyNeedsARateAndRecordsItsDate()
{
    PreferencesDialog dialog(*m_settings);
    dialog.show();
    auto* currency = child<QComboBox>(&dialog, "currencyComboBox");
    auto* rate = child<QLineEdit>(&dialog, "exchangeRateLineEdit");
    QVERIFY(!rate->isEnabled()); // USD: nothing to convert
    currency->setCurrentIndex(currency->findData(QStringLiteral("GBP")));
    QVERIFY(rate->isEnabled());
    QVERIFY(rate->text().isEmpty()); // LocalRig never proposes a rate
    QVERIFY(!button(dialog, QDialogButtonBox::Ok)->isEnabled());
    QVERIFY(child<QLabel>(&dialog, "exchangeRateNoteLabel")->text().contains(QStringLiteral("never")));
    retype(rate, QStringLiteral("0.79"));
    QVERIFY(button(dialog, QDialogButtonBox::Ok)->isEnabled());
    QVERIFY(child<QLabel>(&dialog, "exchangeRateNoteLabel")
                ->text()
                .contains(QLocale().toString(QDate::currentDate(), QLocale::LongFormat)));
    QTest::mouseClick(button(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
    const Preferences saved = Preferences::load(*m_settings);
    QCOMPARE(saved.currency, QStringLiteral("GBP"));
    QCOMPARE(saved.exchangeRate, 0.79);
    QCOMPARE(saved.exchangeRateDate, QDate::currentDate());
}

void TestPreferences::testOkPersistsAndEmits()
{
    PreferencesDialog dialog(*m_settings);
    QSignalSpy changed(&dialog, &PreferencesDialog::preferencesChanged);
    // Driven through exec(), as the main window does.
    QTimer::singleShot(0, &dialog, [&] {
        child<QDoubleSpinBox>(&dialog, "headroomDoubleSpinBox")->setValue(0.8);
        auto* kv = child<QComboBox>(&dialog, "kvCacheComboBox");
        kv->setCurrentIndex(kv->findData(QStringLiteral("q4_0")));
        retype(child<QLineEdit>(&dialog, "hoursLineEdit"), QStringLiteral("12"));
        QTest::mouseClick(button(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
    });
    QCOMPARE(dialog.exec(), int(QDialog::Accepted));
    QCOMPARE(changed.count(), 1);
    const auto emitted = changed.at(0).at(0).value<Preferences>();
    QCOMPARE(emitted.headroom, 0.8);
    QCOMPARE(emitted.kvType, core::KvCacheType::Q4_0);
    const QSettings reopened(m_settings->fileName(), QSettings::IniFormat);
    QVERIFY(Preferences::load(reopened) == emitted);
    QCOMPARE(Preferences::load(reopened).hoursPerDay, 12.0);
}

void TestPreferences::testCancelLeavesSettingsUntouched()
{
    custom().save(*m_settings);
    m_settings->sync();
    const QStringList keysBefore = m_settings->allKeys();
    PreferencesDialog dialog(*m_settings);
    QSignalSpy changed(&dialog, &PreferencesDialog::preferencesChanged);
    QTimer::singleShot(0, &dialog, [&] {
        child<QDoubleSpinBox>(&dialog, "headroomDoubleSpinBox")->setValue(0.9);
        auto* language = child<QComboBox>(&dialog, "languageComboBox");
        language->setCurrentIndex(language->findData(QStringLiteral("fr")));
        QTest::mouseClick(button(dialog, QDialogButtonBox::Cancel), Qt::LeftButton);
    });
    QCOMPARE(dialog.exec(), int(QDialog::Rejected));
    QCOMPARE(changed.count(), 0);
    const QSettings reopened(m_settings->fileName(), QSettings::IniFormat);
    QCOMPARE(reopened.allKeys(), keysBefore);
    QVERIFY(Preferences::load(reopened) == custom());
}

void TestPreferences::testRestoreDefaultsRefillsFieldsOnly()
{
    custom().save(*m_settings);
    PreferencesDialog dialog(*m_settings);
    dialog.show();
    QTest::mouseClick(button(dialog, QDialogButtonBox::RestoreDefaults), Qt::LeftButton);
    QVERIFY(dialog.preferences() == Preferences());
    QCOMPARE(child<QLineEdit>(&dialog, "electricityLineEdit")->text(), QStringLiteral("0.1648"));
    QVERIFY(Preferences::load(*m_settings) == custom()); // nothing saved yet
    QTest::mouseClick(button(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(Preferences::load(*m_settings) == Preferences());
}

void TestPreferences::testLanguageSaysRestartIsNeeded()
{
    PreferencesDialog dialog(*m_settings);
    dialog.show();
    const auto* note = child<QLabel>(&dialog, "languageNoteLabel");
    QVERIFY(note->isVisible());
    QCOMPARE(note->text(), QStringLiteral("Takes effect after LocalRig restarts."));
    auto* language = child<QComboBox>(&dialog, "languageComboBox");
    QCOMPARE(language->currentData().toString(), QStringLiteral("system"));
    language->setCurrentIndex(language->findData(QStringLiteral("zh_CN")));
    QCOMPARE(dialog.preferences().language, QStringLiteral("zh_CN"));
}

void TestPreferences::testGermanLocaleFormatsNumbers()
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    {
        PreferencesDialog dialog(*m_settings);
        QCOMPARE(child<QLineEdit>(&dialog, "electricityLineEdit")->text(), QStringLiteral("0,1648"));
        QCOMPARE(child<QDoubleSpinBox>(&dialog, "headroomDoubleSpinBox")->text(), QStringLiteral("0,75"));
    }
    QLocale::setDefault(QLocale::c());
}

void TestPreferences::testClearButtonShowsWithTextAndClears()
{
    // A field that may be empty has a clear button while it holds text; one that may not has none.
    NumberField optional(1.0, 100.0, true);
    NumberField required(0.0, 10.0, false);
    QVERIFY(required.findChild<QAction*>(QStringLiteral("numberClearAction")) == nullptr);
    auto* clear = optional.findChild<QAction*>(QStringLiteral("numberClearAction"));
    QVERIFY(clear != nullptr);
    QVERIFY(!clear->text().isEmpty()); // a name for screen readers
    QVERIFY(!clear->isVisible());
    optional.setValue(42.0);
    QVERIFY(clear->isVisible());
    QSignalSpy changed(&optional, &NumberField::valueChanged);
    clear->trigger();
    QCOMPARE(optional.lineEdit()->text(), QString());
    QVERIFY(!optional.value().has_value()); // cleared, as typing it away would
    QCOMPARE(changed.count(), 1);
    QVERIFY(!clear->isVisible());
}

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
