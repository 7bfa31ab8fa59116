// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PreferencesDialog.h"

#include "BuyerWording.h"
#include "NumberField.h"
#include "Translations.h"
#include "core/Enums.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

#include <algorithm>

namespace localrig::ui {

namespace {

// ISO 4217 codes offered; amounts are converted only with the rate the user enters.
constexpr const char16_t* kCurrencies[]
    = {u"USD", u"EUR", u"GBP", u"CHF", u"CAD", u"AUD", u"NZD", u"JPY", u"CNY", u"KRW", u"INR",
       u"SEK", u"NOK", u"DKK", u"PLN", u"CZK", u"BRL", u"MXN", u"SGD", u"HKD", u"TWD", u"ZAR"};

QLabel* buddyLabel(const QString& text, QWidget* buddy)
{
    auto* label = new QLabel(text);
    label->setBuddy(buddy);
    return label;
}

// Each column wide enough for its notes on two or three lines (a squeezed word-wrapped note is cut off).
constexpr int kSettingsWidthChars = 76;
constexpr int kVerdictsWidthChars = 48;

QLabel* noteLabel(const QString& objectName, const QString& text = {})
{
    auto* label = new QLabel(text);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QString kvName(core::KvCacheType type)
{
    const std::string_view name = core::toString(type);
    return QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size()));
}

} // namespace

PreferencesDialog::PreferencesDialog(QSettings& settings, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_saved(Preferences::load(settings))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    buildForm();
    setPreferences(m_saved);
}

void PreferencesDialog::buildForm()
{
    m_currencyCombo = new QComboBox(this);
    m_currencyCombo->setObjectName(QStringLiteral("currencyComboBox"));
    for (const char16_t* code : kCurrencies) {
        m_currencyCombo->addItem(QString::fromUtf16(code), QString::fromUtf16(code));
    }
    m_rateField = new NumberField(Preferences::kMinExchangeRate, Preferences::kMaxExchangeRate, true, this);
    m_rateField->lineEdit()->setObjectName(QStringLiteral("exchangeRateLineEdit"));
    m_rateLabel = buddyLabel(QString(), m_rateField->lineEdit());
    m_rateNote = noteLabel(QStringLiteral("exchangeRateNoteLabel"));
    m_electricityField = new NumberField(0.0, Preferences::kMaxUsdPerKwh, false, this);
    m_electricityField->lineEdit()->setObjectName(QStringLiteral("electricityLineEdit"));
    m_hoursField = new NumberField(0.0, Preferences::kMaxHoursPerDay, false, this);
    m_hoursField->lineEdit()->setObjectName(QStringLiteral("hoursLineEdit"));

    auto* money = new QGroupBox(tr("Money"), this);
    auto* moneyForm = new QFormLayout(money);
    moneyForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    moneyForm->addRow(buddyLabel(tr("&Currency:"), m_currencyCombo), m_currencyCombo);
    moneyForm->addRow(m_rateLabel, m_rateField);
    moneyForm->addRow(QString(), m_rateNote);
    moneyForm->addRow(buddyLabel(tr("&Electricity price (USD/kWh):"), m_electricityField->lineEdit()),
                      m_electricityField);
    moneyForm->addRow(QString(),
                      noteLabel(QStringLiteral("electricityNoteLabel"),
                                tr("Default: %1 USD/kWh, the 2024 US residential average (EIA).")
                                    .arg(QLocale().toString(Preferences().electricityUsdPerKwh, 'f', 4))));
    moneyForm->addRow(buddyLabel(tr("Hours of &use per day:"), m_hoursField->lineEdit()), m_hoursField);

    m_headroomSpin = new QDoubleSpinBox(this);
    m_headroomSpin->setObjectName(QStringLiteral("headroomDoubleSpinBox"));
    m_headroomSpin->setDecimals(2);
    m_headroomSpin->setRange(Preferences::kMinHeadroom, Preferences::kMaxHeadroom);
    m_headroomSpin->setSingleStep(0.05);
    m_headroomSpin->setAccelerated(true);
    m_kvTypeCombo = new QComboBox(this);
    m_kvTypeCombo->setObjectName(QStringLiteral("kvCacheComboBox"));
    m_kvTypeCombo->addItem(tr("f16 — full precision (default)"), kvName(core::KvCacheType::F16));
    m_kvTypeCombo->addItem(tr("q8_0 — about half the memory"), kvName(core::KvCacheType::Q8_0));
    m_kvTypeCombo->addItem(tr("q4_0 — about a quarter, some quality loss"), kvName(core::KvCacheType::Q4_0));
    auto* sizing = new QGroupBox(tr("Sizing"), this);
    auto* sizingForm = new QFormLayout(sizing);
    sizingForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    sizingForm->addRow(buddyLabel(tr("&Headroom:"), m_headroomSpin), m_headroomSpin);
    sizingForm->addRow(QString(),
                       noteLabel(QStringLiteral("headroomNoteLabel"),
                                 tr("The share of memory a model may fill before a machine counts as tight. "
                                    "The guide recommends %1–%2.")
                                     .arg(QLocale().toString(0.70, 'f', 2), QLocale().toString(0.75, 'f', 2))));
    sizingForm->addRow(buddyLabel(tr("&KV-cache type:"), m_kvTypeCombo), m_kvTypeCombo);

    m_languageCombo = new QComboBox(this);
    m_languageCombo->setObjectName(QStringLiteral("languageComboBox"));
    m_languageCombo->addItem(tr("System language"), QStringLiteral("system"));
    // Each language in its own name, so a person can find theirs whatever the current language is.
    for (const Translations::Language& shipped : Translations::available()) {
        m_languageCombo->addItem(shipped.nativeName, shipped.code);
    }
    auto* language = new QGroupBox(tr("Language"), this);
    auto* languageForm = new QFormLayout(language);
    languageForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    languageForm->addRow(buddyLabel(tr("&Language:"), m_languageCombo), m_languageCombo);
    languageForm->addRow(QString(),
                         noteLabel(QStringLiteral("languageNoteLabel"), tr("Takes effect after LocalRig restarts.")));

    m_buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    m_buttons->setObjectName(QStringLiteral("preferencesDialogButtonBox"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okPushButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelPushButton"));
    m_buttons->button(QDialogButtonBox::RestoreDefaults)->setObjectName(QStringLiteral("restoreDefaultsPushButton"));

    // The verdict lines are constants with their reasons: shown, not edited, so a verdict means the same to all.
    auto* verdicts = new QGroupBox(tr("Verdicts"), this);
    auto* verdictsLayout = new QVBoxLayout(verdicts);
    QLabel* verdictsText = noteLabel(QStringLiteral("verdictThresholdsLabel"), BuyerWording::thresholdsText());
    verdictsText->setTextFormat(Qt::RichText);
    verdictsLayout->addWidget(verdictsText);

    // Two columns: one above the other, the four groups and their notes were taller than a 1280 x 800
    // screen, which squeezed the dialog and cut the Headroom note off.
    auto* settingsColumn = new QVBoxLayout;
    settingsColumn->addWidget(money);
    settingsColumn->addWidget(sizing);
    settingsColumn->addWidget(language);
    settingsColumn->addStretch(1);
    const int charWidth = fontMetrics().averageCharWidth();
    for (QGroupBox* group : {money, sizing, language}) {
        group->setMinimumWidth(charWidth * kSettingsWidthChars);
    }
    verdicts->setMinimumWidth(charWidth * kVerdictsWidthChars);
    auto* verdictsColumn = new QVBoxLayout;
    verdictsColumn->addWidget(verdicts);
    verdictsColumn->addStretch(1);
    auto* columns = new QHBoxLayout;
    columns->addLayout(settingsColumn, 1);
    columns->addLayout(verdictsColumn, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_buttons);
    // One label column for the three groups, wide enough for the longest rate label.
    m_rateLabel->setText(tr("E&xchange rate (%1 per USD):").arg(QStringLiteral("MMM")));
    const QList<QLabel*> labels{m_rateLabel,
                                qobject_cast<QLabel*>(moneyForm->labelForField(m_currencyCombo)),
                                qobject_cast<QLabel*>(moneyForm->labelForField(m_electricityField)),
                                qobject_cast<QLabel*>(moneyForm->labelForField(m_hoursField)),
                                qobject_cast<QLabel*>(sizingForm->labelForField(m_headroomSpin)),
                                qobject_cast<QLabel*>(sizingForm->labelForField(m_kvTypeCombo)),
                                qobject_cast<QLabel*>(languageForm->labelForField(m_languageCombo))};
    int labelWidth = 0;
    for (QLabel* label : labels) {
        labelWidth = std::max(labelWidth, label ? label->sizeHint().width() : 0);
    }
    for (QLabel* label : labels) {
        if (label) {
            label->setMinimumWidth(labelWidth);
        }
    }

    setTabOrder(m_currencyCombo, m_rateField->lineEdit());
    setTabOrder(m_rateField->lineEdit(), m_electricityField->lineEdit());
    setTabOrder(m_electricityField->lineEdit(), m_hoursField->lineEdit());
    setTabOrder(m_hoursField->lineEdit(), m_headroomSpin);
    setTabOrder(m_headroomSpin, m_kvTypeCombo);
    setTabOrder(m_kvTypeCombo, m_languageCombo);
    setTabOrder(m_languageCombo, m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &PreferencesDialog::restoreDefaults);
    connect(m_currencyCombo, &QComboBox::currentIndexChanged, this, &PreferencesDialog::onCurrencyChanged);
    // NumberField updates itself on textEdited first; these run after it and read its verdict.
    connect(m_rateField->lineEdit(), &QLineEdit::textEdited, this, &PreferencesDialog::onExchangeRateEdited);
    connect(m_electricityField->lineEdit(), &QLineEdit::textEdited, this, &PreferencesDialog::updateState);
    connect(m_hoursField->lineEdit(), &QLineEdit::textEdited, this, &PreferencesDialog::updateState);
}

Preferences PreferencesDialog::preferences() const
{
    Preferences p;
    p.currency = m_currencyCombo->currentData().toString();
    if (!p.usesUsd()) {
        p.exchangeRate = m_rateField->value().value_or(0.0);
        p.exchangeRateDate = m_rateDate;
    }
    p.electricityUsdPerKwh = m_electricityField->value().value_or(p.electricityUsdPerKwh);
    p.hoursPerDay = m_hoursField->value().value_or(p.hoursPerDay);
    p.headroom = m_headroomSpin->value();
    const auto kvType = core::parseKvCacheType(m_kvTypeCombo->currentData().toString().toStdString());
    p.kvType = kvType ? kvType.value() : p.kvType;
    p.language = m_languageCombo->currentData().toString();
    return p;
}

void PreferencesDialog::setPreferences(const Preferences& preferences)
{
    {
        const QSignalBlocker block(m_currencyCombo);
        int currency = m_currencyCombo->findData(preferences.currency);
        if (currency < 0) {
            m_currencyCombo->addItem(preferences.currency, preferences.currency);
            currency = m_currencyCombo->count() - 1;
        }
        m_currencyCombo->setCurrentIndex(currency);
    }
    m_rateDate = preferences.usesUsd() ? QDate() : preferences.exchangeRateDate;
    const bool hasRate = !preferences.usesUsd() && preferences.exchangeRate >= Preferences::kMinExchangeRate;
    m_rateField->setValue(hasRate ? std::optional<double>(preferences.exchangeRate) : std::nullopt);
    m_electricityField->setValue(preferences.electricityUsdPerKwh);
    m_hoursField->setValue(preferences.hoursPerDay);
    m_headroomSpin->setValue(preferences.headroom);
    m_kvTypeCombo->setCurrentIndex(std::max(0, m_kvTypeCombo->findData(kvName(preferences.kvType))));
    int language = m_languageCombo->findData(preferences.language);
    if (language < 0) {
        m_languageCombo->addItem(preferences.language, preferences.language);
        language = m_languageCombo->count() - 1;
    }
    m_languageCombo->setCurrentIndex(language);
    updateState();
}

bool PreferencesDialog::isAcceptable() const
{
    const bool rateOk = m_currencyCombo->currentData().toString() == u"USD"
        || (m_rateField->isAcceptable() && m_rateField->value().has_value());
    return rateOk && m_electricityField->isAcceptable() && m_hoursField->isAcceptable();
}

void PreferencesDialog::accept()
{
    if (!isAcceptable()) {
        return;
    }
    const Preferences chosen = preferences();
    chosen.save(m_settings);
    m_settings.sync();
    m_saved = chosen;
    emit preferencesChanged(chosen);
    QDialog::accept();
}

void PreferencesDialog::restoreDefaults()
{
    setPreferences(Preferences());
}

void PreferencesDialog::onCurrencyChanged()
{
    const QString currency = m_currencyCombo->currentData().toString();
    if (currency == m_saved.currency && !m_saved.usesUsd()) {
        m_rateDate = m_saved.exchangeRateDate;
        m_rateField->setValue(m_saved.exchangeRate);
    } else {
        // A rate belongs to one currency: never carry it over to another.
        m_rateDate = QDate();
        m_rateField->setValue(std::nullopt);
    }
    updateState();
}

void PreferencesDialog::onExchangeRateEdited()
{
    m_rateDate = m_rateField->value() ? QDate::currentDate() : QDate();
    updateState();
}

void PreferencesDialog::updateState()
{
    const QString currency = m_currencyCombo->currentData().toString();
    const bool usd = currency == u"USD";
    m_rateField->setEnabled(!usd);
    m_rateField->setPlaceholderText(usd ? QStringLiteral("1") : tr("Required"));
    m_rateLabel->setText(usd ? tr("E&xchange rate:") : tr("E&xchange rate (%1 per USD):").arg(currency));
    if (usd) {
        m_rateNote->setText(tr("Not needed: the catalog's prices are in US dollars."));
    } else if (!m_rateField->value()) {
        m_rateNote->setText(
            tr("How many %1 one US dollar buys. LocalRig never looks up or guesses exchange rates.").arg(currency));
    } else if (m_rateDate.isValid()) {
        m_rateNote->setText(tr("Rate you entered on %1.").arg(QLocale().toString(m_rateDate, QLocale::LongFormat)));
    } else {
        m_rateNote->setText(tr("Rate you entered; its date is unknown."));
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(isAcceptable());
    // A longer note wraps onto more lines: grow rather than clip it.
    layout()->activate();
    const int needed = layout()->totalHeightForWidth(width());
    if (needed > height()) {
        resize(width(), needed);
    }
}

} // namespace localrig::ui
