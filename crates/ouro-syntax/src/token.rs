//! Tokens handed from the lexer to the parser, and their positions.

/// A source position: 1-based line, 0-based UTF-8 byte column.
///
/// Ordering is by line then column, which is source order.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Pos {
    pub line: u32,
    pub col: u32,
}

impl Pos {
    pub fn new(line: u32, col: u32) -> Pos {
        Pos { line, col }
    }
}

/// One decoded string literal token (before adjacent-literal concatenation).
#[derive(Clone, Debug, PartialEq)]
pub enum StrLit {
    Str(String),
    Bytes(Vec<u8>),
    /// An f-string: its body is parsed later, by the parser, into a `JoinedStr`.
    F(FStrBody),
    /// A literal whose escapes could not be decoded; the parser reports the
    /// message (CPython raises it while building the AST, not in the tokenizer).
    Error(String),
}

/// The undecoded body of an f-string literal and where that body starts.
#[derive(Clone, Debug, PartialEq)]
pub struct FStrBody {
    pub body: String,
    pub raw: bool,
    /// Position of the first body character (just after the opening quotes).
    pub start: Pos,
}

/// A token. Keywords are separate variants; soft keywords stay names.
#[derive(Clone, Debug, PartialEq)]
pub enum Tok {
    Name(String),
    /// Decimal digits of an integer literal.
    Int(String),
    Float(f64),
    Imag(f64),
    Str(StrLit),
    Newline,
    Indent,
    Dedent,
    // Keywords.
    False,
    None,
    True,
    And,
    As,
    Assert,
    Async,
    Await,
    Break,
    Class,
    Continue,
    Def,
    Del,
    Elif,
    Else,
    Except,
    Finally,
    For,
    From,
    Global,
    If,
    Import,
    In,
    Is,
    Lambda,
    Nonlocal,
    Not,
    Or,
    Pass,
    Raise,
    Return,
    Try,
    While,
    With,
    Yield,
    // Delimiters and operators.
    Lpar,
    Rpar,
    Lsqb,
    Rsqb,
    Lbrace,
    Rbrace,
    Colon,
    Comma,
    Semi,
    Plus,
    Minus,
    Star,
    Slash,
    Vbar,
    Amper,
    Less,
    Greater,
    Equal,
    Dot,
    Percent,
    EqEqual,
    NotEqual,
    LessEqual,
    GreaterEqual,
    Tilde,
    Circumflex,
    LeftShift,
    RightShift,
    DoubleStar,
    PlusEqual,
    MinEqual,
    StarEqual,
    SlashEqual,
    PercentEqual,
    AmperEqual,
    VbarEqual,
    CircumflexEqual,
    LeftShiftEqual,
    RightShiftEqual,
    DoubleStarEqual,
    DoubleSlash,
    DoubleSlashEqual,
    At,
    AtEqual,
    Rarrow,
    Ellipsis,
    ColonEqual,
    /// Internal: starts the token stream of an embedded expression.
    StartExpression,
    /// Internal: starts the token stream of `eval` input (CPython's
    /// `eval` start symbol).
    StartEval,
    /// Internal: the parentheses of `with (a as b, c as d):` (rewritten by
    /// the parser driver from `(`/`)` so the grammar stays LR(1)).
    WithLpar,
    WithRpar,
    /// Internal: the soft keywords `match` and `case` where they start a
    /// `match` statement or one of its `case` blocks (marked by the parser
    /// driver; elsewhere they stay names).
    Match,
    Case,
    /// A character CPython's tokenizer passes on as an unknown operator
    /// (`$`, `?`, `!`, backquote); the parser always rejects it.
    Unknown(char),
}

impl Tok {
    /// The keyword token for `word`, if it is a (hard) keyword.
    pub fn keyword(word: &str) -> Option<Tok> {
        Some(match word {
            "False" => Tok::False,
            "None" => Tok::None,
            "True" => Tok::True,
            "and" => Tok::And,
            "as" => Tok::As,
            "assert" => Tok::Assert,
            "async" => Tok::Async,
            "await" => Tok::Await,
            "break" => Tok::Break,
            "class" => Tok::Class,
            "continue" => Tok::Continue,
            "def" => Tok::Def,
            "del" => Tok::Del,
            "elif" => Tok::Elif,
            "else" => Tok::Else,
            "except" => Tok::Except,
            "finally" => Tok::Finally,
            "for" => Tok::For,
            "from" => Tok::From,
            "global" => Tok::Global,
            "if" => Tok::If,
            "import" => Tok::Import,
            "in" => Tok::In,
            "is" => Tok::Is,
            "lambda" => Tok::Lambda,
            "nonlocal" => Tok::Nonlocal,
            "not" => Tok::Not,
            "or" => Tok::Or,
            "pass" => Tok::Pass,
            "raise" => Tok::Raise,
            "return" => Tok::Return,
            "try" => Tok::Try,
            "while" => Tok::While,
            "with" => Tok::With,
            "yield" => Tok::Yield,
            _ => return None,
        })
    }

    /// True for tokens that can begin an expression (used by error hints).
    pub fn starts_expr(&self) -> bool {
        matches!(
            self,
            Tok::Name(_)
                | Tok::Int(_)
                | Tok::Float(_)
                | Tok::Imag(_)
                | Tok::Str(_)
                | Tok::False
                | Tok::None
                | Tok::True
                | Tok::Await
                | Tok::Lambda
                | Tok::Not
                | Tok::Lpar
                | Tok::Lsqb
                | Tok::Lbrace
                | Tok::Minus
                | Tok::Plus
                | Tok::Tilde
                | Tok::Ellipsis
        )
    }
}

/// A token with its start and (exclusive) end position, as LALRPOP wants it.
pub type Spanned = (Pos, Tok, Pos);
