// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Preferences.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QSettings;

namespace localrig::ui {

class NumberField;

// Edit → Preferences. Opens with what `settings` holds; OK saves to it and emits preferencesChanged,
// Cancel changes nothing, Restore Defaults only refills the fields (OK still has to be pressed).
// OK stays disabled while a field holds a refused value or a currency other than USD has no rate.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    explicit PreferencesDialog(QSettings& settings, QWidget* parent = nullptr);

    Preferences preferences() const; // what the fields hold now
    void setPreferences(const Preferences& preferences);
    bool isAcceptable() const;

    void accept() override;

signals:
    void preferencesChanged(const localrig::ui::Preferences& preferences);

private:
    void buildForm();
    void restoreDefaults();
    void onCurrencyChanged();
    void onExchangeRateEdited();
    void updateState();

    QSettings& m_settings;
    Preferences m_saved;
    QDate m_rateDate;
    QComboBox* m_currencyCombo = nullptr;
    QLabel* m_rateLabel = nullptr;
    NumberField* m_rateField = nullptr;
    QLabel* m_rateNote = nullptr;
    NumberField* m_electricityField = nullptr;
    NumberField* m_hoursField = nullptr;
    QDoubleSpinBox* m_headroomSpin = nullptr;
    QComboBox* m_kvTypeCombo = nullptr;
    QComboBox* m_languageCombo = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace localrig::ui
