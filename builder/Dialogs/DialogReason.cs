namespace AllyBot.Builder.Dialogs;

/// <summary>Why a dialog is being resumed or ended (SDK: <c>DialogReason</c>).</summary>
public enum DialogReason
{
    /// <summary>The dialog was just started with <see cref="DialogContext.BeginDialogAsync"/>.</summary>
    BeginCalled,

    /// <summary>The dialog is continued with new input (<see cref="DialogContext.ContinueDialogAsync"/>).</summary>
    ContinueCalled,

    /// <summary>The dialog ended normally, or a child ended and its parent resumes.</summary>
    EndCalled,

    /// <summary>The dialog is being replaced by another (<see cref="DialogContext.ReplaceDialogAsync"/>).</summary>
    ReplaceCalled,

    /// <summary>The dialog was cancelled (<see cref="DialogContext.CancelAllDialogsAsync(System.Threading.CancellationToken)"/>).</summary>
    CancelCalled,

    /// <summary>A waterfall step skipped ahead with <see cref="WaterfallStepContext.NextAsync"/>.</summary>
    NextCalled,
}
