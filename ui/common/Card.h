#pragma once

#include <QFrame>

class QLabel;
class QVBoxLayout;

namespace bearings::ui {

// A rounded panel that groups one thing: a number on the dashboard, a
// boundary, a section of the safety plan. It has an optional title and a body
// layout the owner fills.
class Card final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Card)

public:
    explicit Card(const QString &title = {}, QWidget *parent = nullptr);

    void setTitle(const QString &title);
    QString title() const;
    QVBoxLayout *body() const { return m_body; }

private:
    QLabel *m_title;
    QVBoxLayout *m_body;
};

} // namespace bearings::ui
