#pragma once

#include <QLabel>

namespace bearings::ui {

// A word-wrapped label that always gets the height its text needs at its
// actual width. Qt's layouts size a wrapped QLabel from a guessed width when
// height-for-width is not passed through (stacked widgets, aligned items), and
// the text is then cut off; this label asks for its real height once it knows
// its width.
class WrapLabel final : public QLabel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WrapLabel)

public:
    explicit WrapLabel(const QString &text = {}, QWidget *parent = nullptr);

    void setText(const QString &text);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void fitHeight();
};

} // namespace bearings::ui
