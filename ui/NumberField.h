// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;

namespace localrig::ui {

// A line edit for one number: text that is not a number in range is refused with a message beneath,
// and the last good value stays in force, so nothing typed by mistake is lost or half-applied.
class NumberField final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NumberField)

public:
    NumberField(double minimum, double maximum, bool allowEmpty, QWidget* parent = nullptr);

    std::optional<double> value() const { return m_value; }
    void setValue(std::optional<double> value);
    void setPlaceholderText(const QString& text);
    QLineEdit* lineEdit() const { return m_edit; }
    QString errorText() const; // the message under the field, empty while the text is acceptable
    bool isAcceptable() const { return m_acceptable; }

signals:
    void valueChanged();

private:
    void addClearButton();
    void onTextEdited(const QString& text);

    QLineEdit* m_edit = nullptr;
    QLabel* m_error = nullptr;
    double m_minimum = 0.0;
    double m_maximum = 0.0;
    bool m_allowEmpty = false;
    bool m_acceptable = true;
    std::optional<double> m_value;
};

} // namespace localrig::ui
