"""Weights of the body-line model: logistic regression over
:data:`newsparse.classify.body_model.FEATURES`, and the switch cost of its decoding.

Written by ``scripts/train_text_classifier.py`` from 181 pages of 126 sites
(crawler text of Scrapinghub's article-extraction benchmark, MIT) and the snippet-labelled lines
of 527 pages of many languages (crawler text of trafilatura's evaluation
set, Apache-2.0); its features computed by the first pass of revision
3d8d6d753f1c4bdb8e00ea20217c9c5304a4afd5
(``--features-from 3d8d6d753f1c4bdb8e00ea20217c9c5304a4afd5``). Do not edit by hand.
"""

#: The git revision whose first pass computed the features the weights were fitted on
#: (None: the first pass of the tree they ship in).
FEATURES_FROM = '3d8d6d753f1c4bdb8e00ea20217c9c5304a4afd5'

MODEL = {'weights': {'bias': -7.61079,
             'log_chars': 1.2308,
             'log_words': 0.18506,
             'terminal': 0.85103,
             'stopwords': 0.96946,
             'capitals': -0.87899,
             'commas': 0.72305,
             'no_stopwords_page': 0.92753,
             'chars_lt_20': -0.5214,
             'chars_lt_40': 0.59114,
             'chars_lt_80': -0.45787,
             'chars_lt_150': -0.02747,
             'chars_lt_300': -0.15665,
             'phrase': -3.76388,
             'duplicate': -0.48866,
             'bullet': 1.22879,
             'colon_or_question': -0.4399,
             'separators': -0.56865,
             'prose': -0.71008,
             'in_region': 1.0204,
             'position': -2.58154,
             'after_anchor': 1.63241,
             'is_anchor': 2.04831,
             'no_anchor': 1.75564,
             'after_comments': -4.16211,
             'comment_header': -8.28797,
             'dense_script': -1.47752,
             'page_words': 1.39351,
             'win5_page_words': 2.7646,
             'prev_log_chars': 0.09914,
             'next_log_chars': 0.01722,
             'prev_terminal': 0.74915,
             'next_terminal': 0.9184,
             'win2_log_chars': 0.09348,
             'win5_log_chars': 0.26243,
             'win5_terminal': 0.37269,
             'win5_stopwords': -2.74768,
             'win5_prose': 0.37241,
             'win5_phrase': -1.26298,
             'page_prose_share': -5.15622,
             'rel_log_chars': -0.63205},
 'switch_cost': 1.5}
