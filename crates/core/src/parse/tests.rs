//! Bad-input cases for the dataset parser.
